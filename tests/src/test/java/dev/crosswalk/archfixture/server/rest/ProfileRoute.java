package dev.crosswalk.archfixture.server.rest;

import dev.crosswalk.archfixture.organisation.ProfileRepository;
import dev.crosswalk.archfixture.server.store.Tdb2Profiles;

/** Breaks the thin-edge rule on purpose: a route that reads the store itself instead of calling a service. */
public final class ProfileRoute {
    private ProfileRoute() {}

    public static String handle(String org) {
        ProfileRepository profiles = new Tdb2Profiles();
        return profiles.get(org);
    }
}
