package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;

/** One in-memory core per test JVM: loading and validating the catalogs takes seconds. */
final class SharedCore {
    private static Crosswalk core;

    private SharedCore() {}

    static synchronized Crosswalk get() {
        if (core == null) core = Crosswalk.inMemory();
        return core;
    }

    static ApiContext api() {
        return ApiContext.of(get(), "/crosswalk/sparql");
    }
}
