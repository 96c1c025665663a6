package dev.crosswalk.kb;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.XSD;

/**
 * Named graphs in a compact binary form for the compiled model: every distinct node once, then each graph as triples of
 * node numbers. Loads several times faster than RDF Thrift, which repeats every IRI in every triple (18 MB against 3 MB
 * here), and each node is one object shared by every triple that uses it. Blank node labels are kept as they are.
 */
final class GraphsCodec {
    private static final int MAGIC = 0x43574731;  // "CWG1"
    private static final byte IRI = 0;
    private static final byte BLANK = 1;
    private static final byte STRING = 2;
    private static final byte LANG = 3;
    private static final byte TYPED = 4;

    private GraphsCodec() {}

    /** Writes {@code graphs} (by name, in order); a node this form cannot hold (a triple term, a directional literal) fails. */
    static void write(Map<String, Graph> graphs, DataOutputStream out) throws IOException {
        Map<Node, Integer> ids = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        List<int[]> triples = new ArrayList<>();
        for (Graph g : graphs.values()) {
            int[] t = new int[g.size() * 3];
            int[] i = {0};
            g.find().forEach(triple -> {
                t[i[0]++] = id(triple.getSubject(), ids, nodes);
                t[i[0]++] = id(triple.getPredicate(), ids, nodes);
                t[i[0]++] = id(triple.getObject(), ids, nodes);
            });
            if (i[0] != t.length) throw new IllegalStateException("A graph changed while it was written");
            triples.add(t);
        }
        out.writeInt(MAGIC);
        out.writeInt(nodes.size());
        for (Node n : nodes) writeNode(n, out);
        out.writeInt(graphs.size());
        int k = 0;
        for (String name : graphs.keySet()) {
            writeString(name, out);
            int[] t = triples.get(k++);
            out.writeInt(t.length / 3);
            for (int v : t) out.writeInt(v);
        }
    }

    /** The graphs {@link #write} wrote, by name, in their order. */
    static Map<String, Graph> read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) throw new IOException("Not a compiled reference model");
        Node[] nodes = new Node[in.readInt()];
        TypeMapper types = TypeMapper.getInstance();
        for (int i = 0; i < nodes.length; i++) {
            byte kind = in.readByte();
            nodes[i] = switch (kind) {
                case IRI -> NodeFactory.createURI(readString(in));
                case BLANK -> NodeFactory.createBlankNode(readString(in));
                case STRING -> NodeFactory.createLiteralString(readString(in));
                case LANG -> NodeFactory.createLiteralLang(readString(in), readString(in));
                case TYPED -> {
                    String lex = readString(in);
                    yield NodeFactory.createLiteralDT(lex, types.getSafeTypeByName(readString(in)));
                }
                default -> throw new IOException("Unknown node kind " + kind + " in a compiled reference model");
            };
        }
        int count = in.readInt();
        Map<String, Graph> graphs = new LinkedHashMap<>();
        for (int g = 0; g < count; g++) {
            String name = readString(in);
            Graph graph = GraphFactory.createDefaultGraph();
            int size = in.readInt();
            for (int t = 0; t < size; t++) graph.add(Triple.create(nodes[in.readInt()], nodes[in.readInt()], nodes[in.readInt()]));
            graphs.put(name, graph);
        }
        return graphs;
    }

    private static int id(Node n, Map<Node, Integer> ids, List<Node> nodes) {
        Integer id = ids.get(n);
        if (id != null) return id;
        nodes.add(n);
        ids.put(n, nodes.size() - 1);
        return nodes.size() - 1;
    }

    private static void writeNode(Node n, DataOutputStream out) throws IOException {
        if (n.isURI()) {
            out.writeByte(IRI);
            writeString(n.getURI(), out);
        } else if (n.isBlank()) {
            out.writeByte(BLANK);
            writeString(n.getBlankNodeLabel(), out);
        } else if (n.isLiteral() && n.getLiteralBaseDirection() == null) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                out.writeByte(LANG);
                writeString(n.getLiteralLexicalForm(), out);
                writeString(lang, out);
            } else if (XSD.xstring.getURI().equals(n.getLiteralDatatypeURI())) {
                out.writeByte(STRING);
                writeString(n.getLiteralLexicalForm(), out);
            } else {
                out.writeByte(TYPED);
                writeString(n.getLiteralLexicalForm(), out);
                writeString(n.getLiteralDatatypeURI(), out);
            }
        } else {
            throw new IllegalStateException("The compiled reference model cannot hold the node " + n);
        }
    }

    private static void writeString(String s, DataOutputStream out) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
