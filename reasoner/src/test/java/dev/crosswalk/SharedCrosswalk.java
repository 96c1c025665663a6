package dev.crosswalk;

/** One in-memory Crosswalk per test JVM: loading, validating and inferring takes seconds; tests only read it. */
public final class SharedCrosswalk {
    private static Crosswalk instance;

    private SharedCrosswalk() {}

    public static synchronized Crosswalk get() {
        if (instance == null) instance = Crosswalk.inMemory();
        return instance;
    }
}
