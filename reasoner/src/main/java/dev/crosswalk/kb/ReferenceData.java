package dev.crosswalk.kb;

import org.apache.jena.system.G;
import dev.crosswalk.mapping.MappingFormatException;
import dev.crosswalk.mapping.MappingGraphBuilder;
import dev.crosswalk.mapping.MappingSetFile;
import dev.crosswalk.mapping.SssomReader;
import dev.crosswalk.reason.ChainConfidence;
import dev.crosswalk.reason.Inference;
import dev.crosswalk.validate.ShaclValidator;
import org.apache.jena.reasoner.rulesys.Rule;
import dev.crosswalk.validate.Violation;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import dev.crosswalk.validate.ValidationReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The assembled, validated reference graphs (ontology, catalogs, shapes, mapping sets; inferences
 * in a later stage), keyed by graph name, with a hash of the sources they came from.
 */
public final class ReferenceData {
    private final Map<String, Graph> graphs;
    private final String contentHash;
    private long inferenceMillis;
    private boolean reused;

    private ReferenceData(Map<String, Graph> graphs, String contentHash) {
        this.graphs = Collections.unmodifiableMap(graphs);  // a view: load() adds the inferred graph last
        this.contentHash = contentHash;
    }

    /** Loads and validates everything in {@code source}; throws {@link DataIntegrityException} on any defect. */
    public static ReferenceData load(DataSource source) {
        return load(source, hash -> Optional.empty());
    }

    /**
     * As {@link #load(DataSource)}, but when {@code validated} knows this content hash (a store
     * that validated and reasoned over exactly these bytes with this build of the code) its
     * inferred graph is taken and validation and inference are skipped.
     */
    public static ReferenceData load(DataSource source, Function<String, Optional<Graph>> validated) {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        MessageDigest digest = sha256();
        graphs.put(GraphNames.ONTOLOGY, parseTurtle(source, "ontology/crosswalk.ttl", digest));
        for (String path : source.list("ontology/catalogs", ".ttl")) {
            graphs.put(GraphNames.CATALOG_PREFIX + GraphNames.baseName(path, ".ttl"), parseTurtle(source, path, digest));
        }
        for (String path : source.list("ontology/guidance", ".ttl")) {
            graphs.put(GraphNames.GUIDANCE_PREFIX + GraphNames.baseName(path, ".ttl"), parseTurtle(source, path, digest));
        }
        for (String path : source.list("ontology/standing", ".ttl")) {
            graphs.put(GraphNames.STANDING_PREFIX + GraphNames.baseName(path, ".ttl"), parseTurtle(source, path, digest));
        }
        for (String path : source.list("ontology/shapes", ".shacl.ttl")) {
            graphs.put(GraphNames.SHAPES_PREFIX + GraphNames.baseName(path, ".shacl.ttl"), parseTurtle(source, path, digest));
        }
        if (!graphs.containsKey(GraphNames.SHAPES_PREFIX + "catalog")) {
            throw new MissingDataException("No ontology/shapes/catalog.shacl.ttl in " + source.describe());
        }
        List<String> frameworkIds = frameworkIds(graphs);
        for (String path : source.list("mappings", ".sssom.tsv")) {
            byte[] bytes = source.read(path);
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            try {
                MappingSetFile file = SssomReader.read(path, bytes);
                graphs.put(GraphNames.MAPPINGS_PREFIX + file.name(), MappingGraphBuilder.build(file, frameworkIds));
            } catch (MappingFormatException e) {
                throw new DataIntegrityException(e.getMessage(), e);
            }
        }
        List<Rule> rules = new ArrayList<>();
        for (String path : source.list("rules", ".rules")) {
            byte[] bytes = source.read(path);
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            rules.addAll(RuleFiles.parse(path, bytes));
        }
        ReferenceData data = new ReferenceData(graphs, HexFormat.of().formatHex(digest.digest()));
        Optional<Graph> known = validated.apply(data.contentHash);
        if (known.isPresent()) {
            graphs.put(GraphNames.INFERRED, known.get());
            data.reused = true;
            return data;
        }
        ValidationReport report = data.validate();
        if (!report.conforms()) {
            throw new DataIntegrityException("The reference data in " + source.describe()
                    + " violates the integrity shapes", report);
        }
        if (!rules.isEmpty()) {
            long t0 = System.nanoTime();
            Graph asserted = data.union();
            Graph inferred = Inference.deduce(rules, asserted);
            ChainConfidence.annotate(inferred, asserted);
            graphs.put(GraphNames.INFERRED, inferred);
            data.inferenceMillis = (System.nanoTime() - t0) / 1_000_000;
        }
        return data;
    }

    /**
     * The reference graphs as a store holds them (keyed by graph name, the inferred graph included),
     * validated and reasoned over when they were published: nothing is checked or inferred again.
     */
    public static ReferenceData published(Map<String, Graph> graphs, String contentHash) {
        ReferenceData data = new ReferenceData(new LinkedHashMap<>(graphs), contentHash);
        data.reused = true;
        return data;
    }

    /** True when validation and inference were skipped because the store held them for this exact content and build. */
    public boolean reused() {
        return reused;
    }

    /** How long materialising the inferences took at load. */
    public long inferenceMillis() {
        return inferenceMillis;
    }

    /** Validates the asserted data (not shapes, not inferences) against all shapes; mapping violations carry file:line. */
    public ValidationReport validate() {
        Graph shapes = GraphFactory.createDefaultGraph();
        Graph data = GraphFactory.createDefaultGraph();
        graphs.forEach((name, g) -> {
            if (name.equals(GraphNames.INFERRED)) return;
            g.find().forEach(name.startsWith(GraphNames.SHAPES_PREFIX) ? shapes::add : data::add);
        });
        ValidationReport report = ShaclValidator.of(shapes).validate(data);
        return new ValidationReport(report.violations().stream().map(v -> locate(v, data)).toList());
    }

    private static Violation locate(Violation v, Graph data) {
        if (v.focusNode().startsWith("_:")) return v;
        Node focus = NodeFactory.createURI(v.focusNode());
        Node file = G.getSP(data, focus, CW.sourceFile.asNode());
        Node line = G.getSP(data, focus, CW.sourceLine.asNode());
        if (file == null) return v;
        return v.at(file.getLiteralLexicalForm() + (line == null ? "" : ":" + line.getLiteralLexicalForm()));
    }

    private static List<String> frameworkIds(Map<String, Graph> graphs) {
        List<String> ids = new ArrayList<>();
        graphs.forEach((name, g) -> {
            if (!name.startsWith(GraphNames.CATALOG_PREFIX)) return;
            g.find(Node.ANY, RDF.type.asNode(), CW.Framework.asNode()).forEach(t ->
                    g.find(t.getSubject(), DCTerms.identifier.asNode(), Node.ANY)
                            .forEach(id -> ids.add(id.getObject().getLiteralLexicalForm())));
        });
        // longest first, so "eu-ai-act" wins over a hypothetical "eu" when splitting file names
        ids.sort(Comparator.comparingInt(String::length).reversed());
        return ids;
    }

    public Map<String, Graph> graphs() {
        return graphs;
    }

    public String contentHash() {
        return contentHash;
    }

    /** All reference graphs merged into one (a copy). */
    public Graph union() {
        Graph all = GraphFactory.createDefaultGraph();
        graphs.values().forEach(g -> g.find().forEach(all::add));
        return all;
    }

    private static Graph parseTurtle(DataSource source, String path, MessageDigest digest) {
        byte[] bytes = source.read(path);
        digest.update(path.getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.TURTLE)
                    .base("https://w3id.org/crosswalk/").parse(g);
        } catch (RiotException e) {
            throw new DataIntegrityException("Turtle syntax error in " + path + ": " + e.getMessage(), e);
        }
        return g;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
