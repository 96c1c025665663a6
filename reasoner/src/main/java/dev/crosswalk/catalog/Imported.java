package dev.crosswalk.catalog;

/** Who imported a framework or mapping set, when (ISO instant) and from which file: it is the importer's content, not curated. */
public record Imported(String by, String at, String file) {}
