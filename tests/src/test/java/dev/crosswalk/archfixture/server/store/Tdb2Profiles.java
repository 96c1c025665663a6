package dev.crosswalk.archfixture.server.store;

import dev.crosswalk.archfixture.organisation.ProfileRepository;

/** An adapter of the port. */
public final class Tdb2Profiles implements ProfileRepository {
    @Override
    public String get(String org) {
        return "{}";
    }
}
