package dev.crosswalk.server.report;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.exchange.CrosswalkRow;
import dev.crosswalk.exchange.FrameworkPair;
import dev.crosswalk.lookup.InferredEdge;
import dev.crosswalk.lookup.MappingEdge;
import dev.crosswalk.lookup.MappingSetSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** CSV of the tabular reference answers: crosswalk rows of an export, a provision's mappings, provision lists, mapping sets. */
public final class ReferenceCsv {
    private ReferenceCsv() {}

    /** The rows of an export, one per mapping, provisions by their REST reference. */
    public static String crosswalk(List<FrameworkPair> pairs, Catalog catalog) {
        List<List<?>> rows = new ArrayList<>();
        for (FrameworkPair p : pairs) {
            for (CrosswalkRow r : p.rows()) {
                rows.add(Arrays.asList(p.from(), ref(catalog, r.subject()), r.subjectLabel(), r.relation().label(), p.to(),
                        ref(catalog, r.object()), r.objectLabel(), r.strength(), r.confidence(), r.inferred() ? "chained" : "curated",
                        r.rationale(), r.comment(), r.subjectReads(), r.objectReads(), r.mappingSet(), r.mapping(),
                        String.join(" ", r.derivedFrom())));
            }
        }
        return Csv.table(List.of("from_framework", "subject", "subject_title", "relation", "to_framework", "object", "object_title",
                "strength", "confidence", "kind", "rationale", "comment", "subject_reads", "object_reads", "mapping_set", "mapping",
                "derived_from"), rows);
    }

    /** A provision's mappings (GET /crosswalk), asserted then inferred. */
    public static String mappings(List<MappingEdge> direct, List<InferredEdge> inferred) {
        List<List<?>> rows = new ArrayList<>();
        direct.forEach(e -> rows.add(Arrays.asList(e.from(), e.relation(), e.to(), e.toTitle(), e.toFramework(), e.strength(),
                e.confidence(), e.justification(), e.rationale(), e.comment(), e.mappingSet(), e.mapping(), "asserted", null)));
        if (inferred != null) inferred.forEach(e -> rows.add(Arrays.asList(e.from(), e.relation(), e.to(), e.toTitle(), e.toFramework(),
                e.strength(), e.confidence(), e.justification(), null, null, null, e.bestChain().mapping(), "chained",
                e.bestChain().steps().size())));
        return Csv.table(List.of("from", "relation", "to", "toTitle", "toFramework", "strength", "confidence", "justification",
                "rationale", "comment", "mappingSet", "mapping", "kind", "chainSteps"), rows);
    }

    /** Provisions in document order, flat, with their parent. */
    public static String provisions(List<Provision> provisions, Catalog catalog) {
        List<List<?>> rows = new ArrayList<>();
        provisions.forEach(p -> rows.add(Arrays.asList(p.ref(), p.frameworkId(), p.notation(), p.title(), p.type(),
                p.parentIri() == null ? null : ref(catalog, p.parentIri()), p.paraphrase(), p.source(), p.confidence())));
        return Csv.table(List.of("ref", "framework", "notation", "title", "type", "parent", "paraphrase", "source", "confidence"), rows);
    }

    /** The loaded mapping sets with their row counts and coverage per side. */
    public static String mappingSets(List<MappingSetSummary> sets) {
        List<List<?>> rows = new ArrayList<>();
        sets.forEach(s -> rows.add(Arrays.asList(s.id(), s.title(), s.from(), s.to(), s.rows(), s.date(), s.license(),
                s.fromSide().mapped(), s.fromSide().addressed(), s.fromSide().provisions(), s.toSide().mapped(),
                s.toSide().addressed(), s.toSide().provisions(), s.file())));
        return Csv.table(List.of("id", "title", "from", "to", "rows", "date", "license", "fromMapped", "fromAddressed",
                "fromProvisions", "toMapped", "toAddressed", "toProvisions", "file"), rows);
    }

    static String ref(Catalog catalog, String iri) {
        if (CrosswalkRow.NO_TERM.equals(iri)) return "sssom:NoTermFound";
        return catalog.provisionByIri(iri).map(Provision::ref).orElse(iri);
    }
}
