package dev.crosswalk.server.rest;

import dev.crosswalk.catalog.AmendingAct;
import dev.crosswalk.catalog.Application;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Framework;
import dev.crosswalk.catalog.Imported;
import dev.crosswalk.catalog.Lifecycle;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.catalog.Wording;
import java.time.LocalDate;
import java.util.List;

/** JSON shapes of catalog entries. */
final class ProvisionViews {
    private ProvisionViews() {}

    record FrameworkView(String id, String title, String version, String publisher, String source, String iri,
                         int provisionCount, Imported imported, String status, LocalDate effectiveFrom,
                         LocalDate effectiveUntil, String supersededBy, String statusNote) {
        static FrameworkView of(Framework f) {
            Lifecycle l = f.lifecycle();
            return new FrameworkView(f.id(), f.title(), f.version(), f.publisher(), f.source(), f.iri(), f.provisionCount(), f.imported(),
                    l == null ? null : l.status(), l == null ? null : l.effectiveFrom(), l == null ? null : l.effectiveUntil(),
                    l == null ? null : l.supersededBy(), l == null ? null : l.warning(f.id()));
        }
    }

    record TreeNode(String ref, String notation, String title, String type, String paraphrase, List<TreeNode> children) {}

    record ProvisionView(String ref, String iri, String framework, String notation, String title, String paraphrase,
                         String type, String parent, List<String> children, String source, String eli,
                         double confidence, List<String> notes, String chapter, String section, String theme,
                         String citation, List<Application> applications, List<String> timelines,
                         ActView introducedBy, ActView deletedBy, ActView amendedBy, List<WordingView> wordings) {}

    /** An amending act as answers show it: what it is, when it took effect, and how far it is established. */
    record ActView(String iri, String id, String title, LocalDate entryIntoForce, String standing, double confidence,
                   String source) {
        static ActView of(AmendingAct a) {
            return new ActView(a.iri(), a.identifier(), a.title(), a.entryIntoForce(), a.standing(), a.confidence(), a.source());
        }
    }

    /** One wording of a provision: its timeline, from when it is the text, our paraphrase, and the act that made it. */
    record WordingView(String timeline, LocalDate validFrom, String paraphrase, ActView amendingAct, String source,
                       double confidence, List<String> notes) {}

    /** The provision's wordings, original first, each with its amending act. */
    static List<WordingView> wordings(Catalog catalog, Provision p) {
        return p.wordings().stream().map(w -> wording(catalog, w)).toList();
    }

    private static WordingView wording(Catalog catalog, Wording w) {
        return new WordingView(w.timeline(), w.validFrom(), w.paraphrase(), act(catalog, w.amendingAct()), w.source(),
                w.confidence(), w.notes());
    }

    private static ActView act(Catalog catalog, String iri) {
        return catalog.amendingAct(iri).map(ActView::of).orElse(null);
    }

    static TreeNode tree(Catalog catalog, Provision p) {
        List<TreeNode> kids = catalog.children(p).stream().map(c -> tree(catalog, c)).toList();
        return new TreeNode(p.ref(), p.notation(), p.title(), p.type(), p.paraphrase(), kids);
    }

    static ProvisionView detail(Catalog catalog, Provision p) {
        String parent = p.parentIri() == null ? null
                : catalog.provisionByIri(p.parentIri()).map(Provision::ref).orElse(null);
        List<String> children = catalog.children(p).stream().map(Provision::ref).toList();
        return new ProvisionView(p.ref(), p.iri(), p.frameworkId(), p.notation(), p.title(), p.paraphrase(), p.type(),
                parent, children, p.source(), p.eli(), p.confidence(), p.notes(), p.chapter(), p.section(), p.theme(),
                p.citation(), p.applications(), p.timelines(), act(catalog, p.introducedBy()), act(catalog, p.deletedBy()),
                act(catalog, p.amendedBy()), wordings(catalog, p));
    }
}
