package dev.crosswalk.kb;

import dev.crosswalk.validate.ShaclValidator;
import dev.crosswalk.validate.ValidationReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The assembled, validated reference graphs (ontology, catalogs, shapes; mappings and inferences
 * in later stages), keyed by graph name, with a hash of the sources they came from.
 */
public final class ReferenceData {
    private final Map<String, Graph> graphs;
    private final String contentHash;

    private ReferenceData(Map<String, Graph> graphs, String contentHash) {
        this.graphs = Collections.unmodifiableMap(graphs);
        this.contentHash = contentHash;
    }

    /** Loads and validates everything in {@code source}; throws {@link DataIntegrityException} on any defect. */
    public static ReferenceData load(DataSource source) {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        MessageDigest digest = sha256();
        graphs.put(GraphNames.ONTOLOGY, parseTurtle(source, "ontology/crosswalk.ttl", digest));
        for (String path : source.list("ontology/catalogs", ".ttl")) {
            graphs.put(GraphNames.CATALOG_PREFIX + GraphNames.baseName(path, ".ttl"), parseTurtle(source, path, digest));
        }
        for (String path : source.list("ontology/shapes", ".shacl.ttl")) {
            graphs.put(GraphNames.SHAPES_PREFIX + GraphNames.baseName(path, ".shacl.ttl"), parseTurtle(source, path, digest));
        }
        ReferenceData data = new ReferenceData(graphs, HexFormat.of().formatHex(digest.digest()));
        ValidationReport report = data.validateCatalogs();
        if (!report.conforms()) {
            throw new DataIntegrityException("The framework catalogs in " + source.describe()
                    + " violate the integrity shapes", report);
        }
        return data;
    }

    /** Validates ontology + catalogs against shapes/catalog. */
    public ValidationReport validateCatalogs() {
        Graph shapes = graphs.get(GraphNames.SHAPES_PREFIX + "catalog");
        if (shapes == null) throw new MissingDataException("No ontology/shapes/catalog.shacl.ttl");
        Graph data = GraphFactory.createDefaultGraph();
        graphs.get(GraphNames.ONTOLOGY).find().forEach(data::add);
        graphs.forEach((name, g) -> {
            if (name.startsWith(GraphNames.CATALOG_PREFIX)) g.find().forEach(data::add);
        });
        return ShaclValidator.of(shapes).validate(data);
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
