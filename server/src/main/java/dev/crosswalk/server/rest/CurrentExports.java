package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.server.export.Exports;
import java.util.function.Supplier;

/** The exports of the core a request answers with: built again only when an import replaced the core. */
final class CurrentExports implements Supplier<Exports> {
    private final ApiContext api;
    private Crosswalk seen;
    private Exports exports;

    CurrentExports(ApiContext api) {
        this.api = api;
    }

    @Override
    public synchronized Exports get() {
        Crosswalk core = api.core();
        if (core != seen) {
            exports = Exports.of(core);
            seen = core;
        }
        return exports;
    }
}
