package dev.crosswalk.archfixture.server.sparql;

import dev.crosswalk.archfixture.server.rest.Json;

/** Fixture: a SPARQL-side class using the REST package's JSON, as {@code BodyLimitFilter} did. */
public final class Filter {
    public String problem(String detail) {
        return Json.quote(detail);
    }
}
