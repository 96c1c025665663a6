package dev.crosswalk.search;

/** One provision found by a search, with Lucene's relevance score (higher is better). */
public record SearchHit(String ref, String framework, String notation, String title, String paraphrase, double score) {}
