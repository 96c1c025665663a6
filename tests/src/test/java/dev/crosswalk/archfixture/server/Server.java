package dev.crosswalk.archfixture.server;

import dev.crosswalk.archfixture.server.rest.Context;

/** Fixture: the composition uses the REST context (allowed). */
public final class Server {
    public long start(Context c) {
        return c.limits().maxRows();
    }
}
