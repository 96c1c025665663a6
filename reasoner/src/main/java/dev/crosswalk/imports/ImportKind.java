package dev.crosswalk.imports;

/** What an import brings: a framework (a catalog of provisions) or a mapping set between two frameworks. */
public enum ImportKind {
    FRAMEWORK("framework"), MAPPING_SET("mapping-set");

    private final String token;

    ImportKind(String token) {
        this.token = token;
    }

    /** The kind as URLs and stored records name it: {@code framework}, {@code mapping-set}. */
    public String token() {
        return token;
    }

    public static ImportKind ofToken(String token) {
        for (ImportKind k : values()) if (k.token.equals(token)) return k;
        throw new IllegalArgumentException("Unknown import kind: " + token);
    }
}
