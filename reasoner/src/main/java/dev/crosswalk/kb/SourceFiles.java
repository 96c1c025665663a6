package dev.crosswalk.kb;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Step 1 of the pipeline: every source file read once — Turtle parsed into graphs by name, mapping
 * files and rules kept for the next steps — and one SHA-256 over all of them, paths included.
 */
record SourceFiles(Map<String, Graph> turtle, Map<String, byte[]> mappings, List<Rule> rules, String contentHash) {

    static SourceFiles read(DataSource source) {
        MessageDigest digest = sha256();
        Map<String, Graph> turtle = new LinkedHashMap<>();
        Map<String, byte[]> mappings = new LinkedHashMap<>();
        List<Rule> rules = new ArrayList<>();
        for (String path : paths(source)) {
            byte[] bytes = hashed(source, path, digest);
            if (path.endsWith(".sssom.tsv")) mappings.put(path, bytes);
            else if (path.endsWith(".rules")) rules.addAll(RuleFiles.parse(path, bytes));
            else turtle.put(graphName(path), parseTurtle(path, bytes));
        }
        if (!turtle.containsKey(GraphNames.SHAPES_PREFIX + "catalog")) {
            throw new MissingDataException("No ontology/shapes/catalog.shacl.ttl in " + source.describe());
        }
        return new SourceFiles(turtle, mappings, List.copyOf(rules), HexFormat.of().formatHex(digest.digest()));
    }

    /** The content hash {@link #read} gives the same source, from the bytes alone: nothing parsed. */
    static String hash(DataSource source) {
        MessageDigest digest = sha256();
        for (String path : paths(source)) hashed(source, path, digest);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Every source file, in the order they are read and hashed: ontology, catalogs, guidance, standing, shapes, mappings, rules. */
    private static List<String> paths(DataSource source) {
        List<String> paths = new ArrayList<>();
        paths.add("ontology/crosswalk.ttl");
        paths.addAll(source.list("ontology/catalogs", ".ttl"));
        paths.addAll(source.list("ontology/guidance", ".ttl"));
        paths.addAll(source.list("ontology/standing", ".ttl"));
        paths.addAll(source.list("ontology/shapes", ".shacl.ttl"));
        paths.addAll(source.list("mappings", ".sssom.tsv"));
        paths.addAll(source.list("rules", ".rules"));
        return paths;
    }

    /** The graph a Turtle file is read into: {@code ontology/catalogs/iso42001.ttl} → the catalog graph {@code iso42001}. */
    private static String graphName(String path) {
        if (path.equals("ontology/crosswalk.ttl")) return GraphNames.ONTOLOGY;
        if (path.startsWith("ontology/catalogs/")) return GraphNames.CATALOG_PREFIX + GraphNames.baseName(path, ".ttl");
        if (path.startsWith("ontology/guidance/")) return GraphNames.GUIDANCE_PREFIX + GraphNames.baseName(path, ".ttl");
        if (path.startsWith("ontology/standing/")) return GraphNames.STANDING_PREFIX + GraphNames.baseName(path, ".ttl");
        return GraphNames.SHAPES_PREFIX + GraphNames.baseName(path, ".shacl.ttl");
    }

    /**
     * The hash of these files and of graphs built elsewhere (their names and contents, in order);
     * with none, the files' own hash, so packaged data alone keeps its stamp.
     */
    String contentHash(List<SourceGraph> extra) {
        if (extra.isEmpty()) return contentHash;
        MessageDigest digest = sha256();
        digest.update(contentHash.getBytes(StandardCharsets.UTF_8));
        for (SourceGraph g : extra) {
            byte[] content = g.content();
            digest.update((g.graphName() + "\n" + content.length + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(content);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] hashed(DataSource source, String path, MessageDigest digest) {
        byte[] bytes = source.read(path);
        digest.update(path.getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        return bytes;
    }

    private static Graph parseTurtle(String path, byte[] bytes) {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.TURTLE).base("https://w3id.org/crosswalk/").parse(g);
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
