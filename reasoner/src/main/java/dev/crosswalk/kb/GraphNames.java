package dev.crosswalk.kb;

import dev.crosswalk.vocab.CW;

/** Names of the reference graphs; everything under {@link CW#GRAPH} is public reference data. */
public final class GraphNames {
    public static final String ONTOLOGY = CW.GRAPH + "ontology";
    public static final String META = CW.GRAPH + "meta";
    public static final String CATALOG_PREFIX = CW.GRAPH + "catalog/";
    public static final String GUIDANCE_PREFIX = CW.GRAPH + "guidance/";
    public static final String STANDING_PREFIX = CW.GRAPH + "standing/";
    public static final String SHAPES_PREFIX = CW.GRAPH + "shapes/";
    public static final String MAPPINGS_PREFIX = CW.GRAPH + "mappings/";
    public static final String INFERRED = CW.GRAPH + "inferred";

    private GraphNames() {}

    /** True for graphs the public SPARQL endpoint may show. */
    public static boolean isPublic(String graphName) {
        return graphName.startsWith(CW.GRAPH);
    }

    /** {@code ontology/catalogs/iso42001.ttl} → {@code iso42001}. */
    static String baseName(String path, String suffix) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.substring(0, file.length() - suffix.length());
    }
}
