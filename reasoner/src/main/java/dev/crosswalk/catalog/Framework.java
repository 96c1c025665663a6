package dev.crosswalk.catalog;

/**
 * A catalogued framework (ISO/IEC 42001, the EU AI Act, ...); {@code imported} says who brought it
 * in, when and from which file, and is null for the packaged ones; {@code lifecycle} is its status and
 * dates where the catalog states them (null otherwise).
 */
public record Framework(String id, String iri, String title, String version, String source,
                        String publisher, int provisionCount, Imported imported, Lifecycle lifecycle) {}
