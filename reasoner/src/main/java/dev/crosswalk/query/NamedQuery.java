package dev.crosswalk.query;

import java.util.List;
import org.apache.jena.query.Query;

/** A query from {@code queries/*.rq} with the header that documents it (purpose, parameters, example). */
public record NamedQuery(String name, String purpose, List<QueryParameter> parameters, String example, String text,
                         Query query) {}
