package dev.crosswalk.server.rest;

import dev.crosswalk.server.store.tdb2.Tdb2Store;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.access.AdminKey;

/** One in-memory core per test JVM: loading and validating the catalogs takes seconds. */
final class SharedCore {
    private static Crosswalk core;

    private SharedCore() {}

    static synchronized Crosswalk get() {
        if (core == null) core = dev.crosswalk.SharedCrosswalk.get();  // the one core of this JVM's tests
        return core;
    }

    /** The admin key of test servers. */
    static final String ADMIN = "shared-core-test-admin-key-0123456789";

    /** A context with the test admin key: organisation keys are issued through {@code api().keys()}. */
    static ApiContext api() {
        return ApiContext.of(get(), "/crosswalk/sparql", Tdb2Store.inMemory().storage()).withAdmin(AdminKey.of(ADMIN));
    }
}
