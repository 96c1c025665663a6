package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.access.ApiKeys;
import dev.crosswalk.organisation.OrganisationService;
import dev.crosswalk.server.http.Json;
import dev.crosswalk.server.http.Limits;
import dev.crosswalk.store.Storage;
import java.time.Clock;
import java.util.Map;

/** What the REST routes need from the running service: the core, the application services, the limits. */
public record ApiContext(Crosswalk core, String version, String sparqlEndpoint, Map<String, Long> tripleCounts,
                         OrganisationService organisations, Storage storage, ApiKeys keys, Limits limits) {

    /** Organisations and keys through {@code storage}'s ports, no admin key, default limits. */
    public static ApiContext of(Crosswalk core, String sparqlEndpoint, Storage storage) {
        OrganisationService organisations = storage.organisationService(core.gaps(), new JsonProfileCodec(Json.mapper()));
        // counts once: reference data does not change while the server runs
        return new ApiContext(core, Crosswalk.version(), sparqlEndpoint, core.tripleCounts(), organisations, storage,
                storage.apiKeys(AdminKey.none(), Clock.systemUTC()), Limits.defaults());
    }

    /** The same context with an admin key (admin routes on when it is enabled). */
    public ApiContext withAdmin(AdminKey admin) {
        return new ApiContext(core, version, sparqlEndpoint, tripleCounts, organisations, storage, keys.withAdmin(admin), limits);
    }

    public ApiContext withLimits(Limits l) {
        return new ApiContext(core, version, sparqlEndpoint, tripleCounts, organisations, storage, keys, l);
    }

    /** The kind of store organisations and keys live in: {@code tdb2} or {@code sparql}. */
    public String storeKind() {
        return storage.kind();
    }
}
