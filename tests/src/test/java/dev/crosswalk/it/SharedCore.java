package dev.crosswalk.it;

import dev.crosswalk.Crosswalk;

/** One in-memory core per test JVM for tests that only serve it: loading and validating takes seconds. */
final class SharedCore {
    private static Crosswalk core;

    private SharedCore() {}

    static synchronized Crosswalk get() {
        if (core == null) core = Crosswalk.inMemory();
        return core;
    }
}
