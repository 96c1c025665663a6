package dev.crosswalk.kb;

import java.util.Arrays;
import org.apache.jena.graph.Graph;

/**
 * A reference graph built outside the packaged files (an imported framework or mapping set): it
 * joins the packaged graphs under {@code graphName}, and {@code content} (what it was built from)
 * joins the content hash, so a store's publishing stamp changes with it.
 */
public record SourceGraph(String graphName, Graph graph, byte[] content) {

    public SourceGraph {
        if (!GraphNames.isPublic(graphName)) throw new IllegalArgumentException("Not a reference graph name: " + graphName);
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceGraph s && s.graphName.equals(graphName) && Arrays.equals(s.content, content);
    }

    @Override
    public int hashCode() {
        return graphName.hashCode() * 31 + Arrays.hashCode(content);
    }
}
