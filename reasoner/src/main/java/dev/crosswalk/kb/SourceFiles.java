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
        turtle.put(GraphNames.ONTOLOGY, parseTurtle(source, "ontology/crosswalk.ttl", digest));
        readAll(source, "ontology/catalogs", ".ttl", GraphNames.CATALOG_PREFIX, turtle, digest);
        readAll(source, "ontology/guidance", ".ttl", GraphNames.GUIDANCE_PREFIX, turtle, digest);
        readAll(source, "ontology/standing", ".ttl", GraphNames.STANDING_PREFIX, turtle, digest);
        readAll(source, "ontology/shapes", ".shacl.ttl", GraphNames.SHAPES_PREFIX, turtle, digest);
        if (!turtle.containsKey(GraphNames.SHAPES_PREFIX + "catalog")) {
            throw new MissingDataException("No ontology/shapes/catalog.shacl.ttl in " + source.describe());
        }
        Map<String, byte[]> mappings = new LinkedHashMap<>();
        for (String path : source.list("mappings", ".sssom.tsv")) mappings.put(path, hashed(source, path, digest));
        List<Rule> rules = new ArrayList<>();
        for (String path : source.list("rules", ".rules")) rules.addAll(RuleFiles.parse(path, hashed(source, path, digest)));
        return new SourceFiles(turtle, mappings, List.copyOf(rules), HexFormat.of().formatHex(digest.digest()));
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

    private static void readAll(DataSource source, String folder, String suffix, String prefix, Map<String, Graph> into,
                                MessageDigest digest) {
        for (String path : source.list(folder, suffix)) {
            into.put(prefix + GraphNames.baseName(path, suffix), parseTurtle(source, path, digest));
        }
    }

    private static byte[] hashed(DataSource source, String path, MessageDigest digest) {
        byte[] bytes = source.read(path);
        digest.update(path.getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        return bytes;
    }

    private static Graph parseTurtle(DataSource source, String path, MessageDigest digest) {
        byte[] bytes = hashed(source, path, digest);
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
