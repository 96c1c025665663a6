package dev.crosswalk.imports;

import dev.crosswalk.mapping.MappingFormatException;
import dev.crosswalk.mapping.MappingGraphBuilder;
import dev.crosswalk.mapping.MappingRow;
import dev.crosswalk.mapping.MappingSetFile;
import dev.crosswalk.mapping.SssomReader;
import dev.crosswalk.vocab.CW;
import dev.crosswalk.vocab.Prov;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;

/**
 * An imported SSSOM TSV mapping set, read by the project's own {@link SssomReader} and
 * {@link MappingGraphBuilder}: its id is the last segment of the header's {@code mapping_set_id}, and
 * its two frameworks are those of its rows' subjects and objects (one framework each side).
 */
final class MappingSetImport {
    static final Pattern ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$");

    private MappingSetImport() {}

    /** What the header says the set is: its id, and the line of {@code mapping_set_id}. */
    record Header(String id, String iri, Integer line) {}

    /** The set's id from its header, or the problems that stop it being read. */
    static Header header(String fileName, byte[] bytes) {
        MappingSetFile file = parse(fileName, bytes);
        Integer line = headerLine(bytes, "mapping_set_id");
        String iri = file.headerString("mapping_set_id");
        if (iri == null) {
            throw new InvalidImportException(List.of(ImportProblem.at(1, null,
                    "The header has no mapping_set_id: it names the set, and its last path segment is the set's id.")));
        }
        if (!Iris.valid(iri)) {
            throw new InvalidImportException(List.of(ImportProblem.at(line, null, "mapping_set_id '" + iri + "' is not an absolute IRI.")));
        }
        String id = iri.replaceAll("[/#]+$", "");
        id = id.substring(Math.max(id.lastIndexOf('/'), id.lastIndexOf('#')) + 1);
        if (!ID.matcher(id).matches()) {
            throw new InvalidImportException(List.of(ImportProblem.at(line, null, "The last segment of mapping_set_id ('" + id
                    + "') is the set's id: 1 to 80 letters, digits and . _ - starting with a letter or digit.")));
        }
        return new Header(id, iri, line);
    }

    /**
     * The set as a graph, attributed to its importer; what reading found goes into {@code problems}.
     * {@code frameworks} are the framework ids loaded in its scope (null: do not check, the shapes will).
     */
    static Graph build(ImportedSource source, Set<String> frameworks, List<ImportProblem> found) {
        byte[] bytes = source.content().getBytes(StandardCharsets.UTF_8);
        MappingSetFile read = parse(source.fileName(), bytes);
        MappingSetFile file = new MappingSetFile(source.fileName(), source.id(), read.header(), read.curieMap(), read.rows());
        List<ImportProblem> problems = new ArrayList<>();
        if (file.rows().isEmpty()) problems.add(ImportProblem.file("The mapping set has no rows."));
        String from = side(file, "subject_id", frameworks, problems);
        String to = side(file, "object_id", frameworks, problems);
        if (from == null || to == null) throw new InvalidImportException(problems);
        found.addAll(problems);
        Graph g = MappingGraphBuilder.build(file, from, to);
        g.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), CW.MappingSet.asNode()).toList()
                .forEach(t -> CatalogGraph.attribute(g, t.getSubject(), source));
        return g;
    }

    /** The one framework of a side's provisions; a problem at the first row that names another. */
    private static String side(MappingSetFile file, String column, Set<String> frameworks, List<ImportProblem> problems) {
        String found = null;
        int firstLine = 0;
        for (MappingRow row : file.rows()) {
            String curie = row.get(column);
            if (curie == null || curie.equals("sssom:NoTermFound")) continue;
            Optional<String> fw = frameworkOf(file.expand(curie));
            if (fw.isEmpty()) continue;  // an undeclared prefix or a foreign IRI: the shapes report the dangling id
            if (frameworks != null && !frameworks.contains(fw.get())) {
                problems.add(ImportProblem.at(row.line(), null, column + " '" + curie + "' is in framework '" + fw.get()
                        + "', which is not loaded."));
            } else if (found == null) {
                found = fw.get();
                firstLine = row.line();
            } else if (!found.equals(fw.get())) {
                problems.add(ImportProblem.at(row.line(), null, column + " '" + curie + "' is in framework '" + fw.get()
                        + "', but line " + firstLine + " is in '" + found + "': a mapping set maps one framework to one other."));
            }
        }
        if (found == null && problems.isEmpty()) {
            problems.add(ImportProblem.file("No " + column + " names a provision of a loaded framework (expected CURIEs whose "
                    + "curie_map prefix expands to " + CW.ID + "<framework-id>/)."));
        }
        return found;
    }

    private static Optional<String> frameworkOf(String iri) {
        if (iri == null || !iri.startsWith(CW.ID)) return Optional.empty();
        String rest = iri.substring(CW.ID.length());
        int slash = rest.indexOf('/');
        return slash <= 0 ? Optional.empty() : Optional.of(rest.substring(0, slash));
    }

    private static MappingSetFile parse(String fileName, byte[] bytes) {
        try {
            return SssomReader.read(fileName, bytes);
        } catch (MappingFormatException e) {
            String message = e.getMessage().startsWith(fileName) ? e.getMessage().substring(fileName.length()).replaceFirst("^(:\\d+)?: ", "")
                    : e.getMessage();
            throw new InvalidImportException(List.of(ImportProblem.at(e.line(), null, message)));
        }
    }

    /** The line (1-based) of a top-level header key, if the header has it. */
    private static Integer headerLine(byte[] bytes, String key) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length && lines[i].startsWith("#"); i++) {
            if (lines[i].replaceFirst("^#\\s?", "").startsWith(key + ":")) return i + 1;
        }
        return null;
    }

    /** The column number (1-based) of each column of the table's header row. */
    static Map<String, Integer> columns(ImportedSource source) {
        String[] lines = source.content().split("\n", -1);
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith("#") || line.startsWith("\uFEFF#")) continue;
            String[] names = line.replace("\r", "").split("\t", -1);
            for (int i = 0; i < names.length; i++) out.putIfAbsent(names[i].trim(), i + 1);
            break;
        }
        return out;
    }

    /** The SSSOM column each mapping property or constraint is read from, for violations. */
    static final List<String[]> FIELDS = List.of(
            new String[] {CW.subject.getURI(), "subject_id"}, new String[] {CW.object.getURI(), "object_id"},
            new String[] {CW.relation.getURI(), "relation"}, new String[] {CW.predicate.getURI(), "predicate_id"},
            new String[] {CW.strength.getURI(), "strength"}, new String[] {CW.confidence.getURI(), "confidence"},
            new String[] {CW.rationale.getURI(), "rationale"}, new String[] {CW.justification.getURI(), "mapping_justification"},
            new String[] {Prov.wasAttributedTo.getURI(), "author_id"}, new String[] {DCTerms.date.getURI(), "mapping_date"},
            new String[] {CW.subjectTimeline.getURI(), "subject_source_version"},
            new String[] {CW.objectTimeline.getURI(), "object_source_version"},
            new String[] {CW.SHAPES + "PredicateMatchesRelation", "predicate_id"},
            new String[] {CW.SHAPES + "SubjectLabelMatchesCatalog", "subject_label"},
            new String[] {CW.SHAPES + "ObjectLabelMatchesCatalog", "object_label"},
            new String[] {CW.SHAPES + "NotToItself", "object_id"},
            new String[] {CW.SHAPES + "NoTermFoundOnlyForNoRelationship", "relation"});
}
