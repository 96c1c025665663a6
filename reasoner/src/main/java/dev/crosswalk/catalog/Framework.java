package dev.crosswalk.catalog;

/** A catalogued framework (ISO/IEC 42001, the EU AI Act, ...). */
public record Framework(String id, String iri, String title, String version, String source,
                        String publisher, int provisionCount) {}
