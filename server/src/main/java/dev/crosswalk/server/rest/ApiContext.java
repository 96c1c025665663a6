package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.access.ApiKeys;
import dev.crosswalk.access.KeyRepository;
import dev.crosswalk.access.LocalKeyStore;
import dev.crosswalk.server.http.Limits;
import dev.crosswalk.store.OrgRepository;
import dev.crosswalk.store.OrganisationStore;
import java.time.Clock;
import java.util.Map;

/** What the REST routes need from the running service: the core, where organisations and keys live, the limits. */
public record ApiContext(Crosswalk core, String version, String sparqlEndpoint, Map<String, Long> tripleCounts,
                         OrgRepository orgs, String storeKind, ApiKeys keys, Limits limits) {

    /** Organisations and keys in the core's own store, no admin key, default limits. */
    public static ApiContext of(Crosswalk core, String sparqlEndpoint) {
        return of(core, sparqlEndpoint, new OrganisationStore(core.store().dataset()), "tdb2",
                new LocalKeyStore(core.store().dataset()));
    }

    /** Organisations and keys in the given repositories (e.g. a remote SPARQL store). */
    public static ApiContext of(Crosswalk core, String sparqlEndpoint, OrgRepository orgs, String storeKind, KeyRepository keys) {
        // counts once: reference data does not change while the server runs
        return new ApiContext(core, Crosswalk.version(), sparqlEndpoint, core.store().tripleCounts(), orgs, storeKind,
                new ApiKeys(keys, AdminKey.none(), Clock.systemUTC()), Limits.defaults());
    }

    /** The same context with an admin key (admin routes on when it is enabled). */
    public ApiContext withAdmin(AdminKey admin) {
        return new ApiContext(core, version, sparqlEndpoint, tripleCounts, orgs, storeKind, keys.withAdmin(admin), limits);
    }

    public ApiContext withLimits(Limits l) {
        return new ApiContext(core, version, sparqlEndpoint, tripleCounts, orgs, storeKind, keys, l);
    }
}
