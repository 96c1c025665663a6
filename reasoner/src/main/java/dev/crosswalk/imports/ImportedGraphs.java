package dev.crosswalk.imports;

import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.kb.SourceGraph;
import dev.crosswalk.vocab.CW;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;

/**
 * Stored imports as reference graphs for the pipeline: a framework under {@code catalog/<id>}, a
 * mapping set under {@code mappings/<id>}, each built again from the stored file.
 */
public final class ImportedGraphs {
    private ImportedGraphs() {}

    /** The graphs of {@code sources}, in order; {@link InvalidImportException} when one no longer reads. */
    public static List<SourceGraph> of(List<ImportedSource> sources) {
        List<SourceGraph> out = new ArrayList<>();
        for (ImportedSource s : sources) {
            Built b = of(s, null);
            if (!b.problems().isEmpty()) throw new InvalidImportException(b.problems());
            out.add(b.graph());
        }
        return out;
    }

    /** One import's graph and what reading it found (the graph holds what could be read, for the shapes to check). */
    record Built(SourceGraph graph, List<ImportProblem> problems, Map<String, Integer> columns) {}

    /** One import's graph; {@code frameworks} are the framework ids loaded in its scope (null: not checked here). */
    static Built of(ImportedSource source, Set<String> frameworks) {
        List<ImportProblem> problems = new ArrayList<>();
        Graph g = build(source, frameworks, problems);
        return new Built(new SourceGraph(graphName(source.kind(), source.id()), g, source.canonical()), List.copyOf(problems),
                columnsByPath(source));
    }

    static String graphName(ImportKind kind, String id) {
        return (kind == ImportKind.FRAMEWORK ? GraphNames.CATALOG_PREFIX : GraphNames.MAPPINGS_PREFIX) + id;
    }

    private static Graph build(ImportedSource source, Set<String> frameworks, List<ImportProblem> problems) {
        byte[] bytes = source.content().getBytes(StandardCharsets.UTF_8);
        return switch (source.format()) {
            case CSV -> framework(source, FrameworkCsv.read(bytes), problems);
            case OSCAL_CATALOG -> framework(source, OscalCatalog.read(bytes), problems);
            case SSSOM_TSV -> MappingSetImport.build(source, frameworks, problems);
        };
    }

    private static Graph framework(ImportedSource source, FrameworkRows rows, List<ImportProblem> problems) {
        problems.addAll(rows.problems());
        String frameworkSource = rows.source() != null ? rows.source() : importIri(source);
        return CatalogGraph.build(source, rows, frameworkSource);
    }

    /** Where an import without a source of its own points: its record, {@code https://w3id.org/crosswalk/import/<kind>/<id>}. */
    static String importIri(ImportedSource source) {
        return "https://w3id.org/crosswalk/import/" + source.kind().token() + "/" + source.id();
    }

    /** The column numbers of the file's fields, keyed by the property or constraint IRI they end up in. */
    private static Map<String, Integer> columnsByPath(ImportedSource source) {
        Map<String, Integer> byName = switch (source.format()) {
            case CSV -> FrameworkCsv.read(source.content().getBytes(StandardCharsets.UTF_8)).columns();
            case OSCAL_CATALOG -> Map.of();
            case SSSOM_TSV -> MappingSetImport.columns(source);
        };
        List<String[]> fields = source.kind() == ImportKind.FRAMEWORK ? CatalogGraph.FIELDS : MappingSetImport.FIELDS;
        Map<String, Integer> out = new HashMap<>();
        for (String[] f : fields) if (byName.containsKey(f[1])) out.put(f[0], byName.get(f[1]));
        return out;
    }

    /** The framework ids an imported mapping set maps between (from its built graph). */
    static List<String> frameworksOf(SourceGraph set) {
        // the set's two frameworks as MappingGraphBuilder recorded them
        List<String> out = new ArrayList<>();
        for (var p : List.of(CW.fromFramework, CW.toFramework)) {
            set.graph().find(null, p.asNode(), null).forEach(t -> out.add(t.getObject().getURI().substring(CW.ID.length())));
        }
        return out;
    }
}
