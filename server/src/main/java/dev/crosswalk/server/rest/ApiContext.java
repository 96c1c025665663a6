package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import java.util.Map;

/** What the REST routes need from the running service: the core and facts fixed at start. */
public record ApiContext(Crosswalk core, String version, String sparqlEndpoint, Map<String, Long> tripleCounts) {

    /** Counts triples once: reference data does not change while the server runs. */
    public static ApiContext of(Crosswalk core, String sparqlEndpoint) {
        return new ApiContext(core, Crosswalk.version(), sparqlEndpoint, core.store().tripleCounts());
    }
}
