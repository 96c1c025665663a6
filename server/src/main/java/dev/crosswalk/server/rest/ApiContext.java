package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.CurrentCrosswalk;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.access.ApiKeys;
import dev.crosswalk.imports.ImportScope;
import dev.crosswalk.imports.ImportService;
import dev.crosswalk.organisation.OrganisationId;
import dev.crosswalk.organisation.OrganisationService;
import dev.crosswalk.organisation.JsonProfileCodec;
import dev.crosswalk.server.http.Json;
import dev.crosswalk.server.http.Limits;
import dev.crosswalk.store.Storage;
import dev.crosswalk.store.StorePublication;
import java.time.Clock;
import java.util.Map;

/**
 * What the REST routes need from the running service: the current core (read per request: an import
 * replaces it), the application services, the limits. Routes never keep a core of their own.
 */
public record ApiContext(CurrentCrosswalk current, String version, String sparqlEndpoint, Storage storage, ApiKeys keys,
                         Limits limits, ImportService imports, StorePublication publication) {

    /** Organisations, keys and imports through {@code storage}'s ports, no admin key, default limits. */
    public static ApiContext of(Crosswalk core, String sparqlEndpoint, Storage storage) {
        CurrentCrosswalk current = CurrentCrosswalk.of(core);
        return of(current, sparqlEndpoint, storage, current.imports(storage.imports()));
    }

    /** The same over a deployment's current core and its import service. */
    public static ApiContext of(CurrentCrosswalk current, String sparqlEndpoint, Storage storage, ImportService imports) {
        return new ApiContext(current, Crosswalk.version(), sparqlEndpoint, storage,
                storage.apiKeys(AdminKey.none(), Clock.systemUTC()), Limits.defaults(), imports, null);
    }

    /** The same context with an admin key (admin routes on when it is enabled). */
    public ApiContext withAdmin(AdminKey admin) {
        return new ApiContext(current, version, sparqlEndpoint, storage, keys.withAdmin(admin), limits, imports, publication);
    }

    public ApiContext withLimits(Limits l) {
        return new ApiContext(current, version, sparqlEndpoint, storage, keys, l, imports, publication);
    }

    /** The same context, telling health how the store's background publication stands (null: it ran at start). */
    public ApiContext withPublication(StorePublication p) {
        return new ApiContext(current, version, sparqlEndpoint, storage, keys, limits, imports, p);
    }

    /** The core to answer the current request with. */
    public Crosswalk core() {
        return current.get();
    }

    /**
     * The core to answer an organisation's request with: the current one, or, when the organisation
     * imported frameworks or mapping sets of its own, one over its reference model (public data and its imports).
     */
    public Crosswalk core(OrganisationId org) {
        return current.over(imports.model(ImportScope.of(org.value())));
    }

    /** Triples per reference graph of the current core. */
    public Map<String, Long> tripleCounts() {
        return core().tripleCounts();
    }

    /** The organisation service over the current core's gap analysis. */
    public OrganisationService organisations() {
        return organisations(core());
    }

    /** The organisation service over {@code core}'s gap analysis (the core a request answers with). */
    public OrganisationService organisations(Crosswalk core) {
        return storage.organisationService(core.gaps(), new JsonProfileCodec(Json.mapper()));
    }

    /** The kind of store organisations and keys live in: {@code tdb2} or {@code sparql}. */
    public String storeKind() {
        return storage.kind();
    }
}
