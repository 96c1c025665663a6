package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.store.OrgRepository;
import dev.crosswalk.store.OrganisationStore;
import java.util.Map;

/** What the REST routes need from the running service: the core and facts fixed at start. */
public record ApiContext(Crosswalk core, String version, String sparqlEndpoint, Map<String, Long> tripleCounts,
                         OrgRepository orgs, String storeKind) {

    /** Organisations in the core's own store. Counts triples once: reference data does not change while the server runs. */
    public static ApiContext of(Crosswalk core, String sparqlEndpoint) {
        return of(core, sparqlEndpoint, new OrganisationStore(core.store().dataset()), "tdb2");
    }

    /** Organisations in {@code orgs} (e.g. a remote SPARQL store). */
    public static ApiContext of(Crosswalk core, String sparqlEndpoint, OrgRepository orgs, String storeKind) {
        return new ApiContext(core, Crosswalk.version(), sparqlEndpoint, core.store().tripleCounts(), orgs, storeKind);
    }
}
