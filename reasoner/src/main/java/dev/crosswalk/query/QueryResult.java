package dev.crosswalk.query;

import java.util.List;
import java.util.Map;

/** The rows of a named query run: its columns and, per row, each bound column's value (IRI or lexical form). */
public record QueryResult(String query, Map<String, String> parameters, List<String> columns, List<Map<String, String>> rows) {}
