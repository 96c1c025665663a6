package dev.crosswalk.server.rest;

import dev.crosswalk.catalog.Application;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Framework;
import dev.crosswalk.catalog.Provision;
import java.util.List;

/** JSON shapes of catalog entries. */
final class ProvisionViews {
    private ProvisionViews() {}

    record FrameworkView(String id, String title, String version, String publisher, String source, String iri,
                         int provisionCount) {
        static FrameworkView of(Framework f) {
            return new FrameworkView(f.id(), f.title(), f.version(), f.publisher(), f.source(), f.iri(), f.provisionCount());
        }
    }

    record TreeNode(String ref, String notation, String title, String type, String paraphrase, List<TreeNode> children) {}

    record ProvisionView(String ref, String iri, String framework, String notation, String title, String paraphrase,
                         String type, String parent, List<String> children, String source, String eli,
                         double confidence, List<String> notes, String chapter, String section, String theme,
                         String citation, List<Application> applications) {}

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
                p.citation(), p.applications());
    }
}
