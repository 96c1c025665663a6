package dev.crosswalk.bench;

import dev.crosswalk.Crosswalk;

/** The one in-memory core of a benchmark fork: loading, validating and inferring the packaged data takes seconds. */
final class BenchData {
    private static Crosswalk core;

    private BenchData() {}

    static synchronized Crosswalk core() {
        if (core == null) core = Crosswalk.inMemory();
        return core;
    }
}
