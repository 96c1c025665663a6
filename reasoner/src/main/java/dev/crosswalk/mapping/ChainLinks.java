package dev.crosswalk.mapping;

import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.G;

/** Reads a materialised chain (reasoner/rules/chaining.rules) back into its asserted links, in order. */
public final class ChainLinks {
    private ChainLinks() {}

    /** One asserted mapping on a chain, read in the chain's direction ({@code reversed} when read object to subject). */
    public record Link(Node from, Node to, Relation relation, int strength, Node mapping, boolean reversed) {}

    public static List<Link> of(Graph g, Node chain) {
        List<Link> out = new ArrayList<>();
        collect(g, chain, out);
        return out;
    }

    /** Depth-first over prefix/step: a chain is its prefix followed by one more depth-1 link. */
    private static void collect(Graph g, Node link, List<Link> out) {
        Optional<Node> prefix = object(g, link, CW.prefix.asNode());
        if (prefix.isPresent()) {
            collect(g, prefix.get(), out);
            collect(g, object(g, link, CW.step.asNode()).orElseThrow(), out);
            return;
        }
        out.add(new Link(object(g, link, CW.linkFrom.asNode()).orElseThrow(), object(g, link, CW.linkTo.asNode()).orElseThrow(),
                Relation.of(object(g, link, CW.linkRelation.asNode()).orElseThrow().getLiteralLexicalForm()),
                Integer.parseInt(object(g, link, CW.linkStrength.asNode()).orElseThrow().getLiteralLexicalForm()),
                object(g, link, CW.via.asNode()).orElseThrow(),
                object(g, link, CW.reversed.asNode()).map(n -> "true".equals(n.getLiteralLexicalForm())).orElse(false)));
    }

    private static Optional<Node> object(Graph g, Node s, Node p) {
        return Optional.ofNullable(G.getSP(g, s, p));
    }
}
