package dev.crosswalk.archfixture.organisation;

/** A repository port, as the core declares them. */
public interface ProfileRepository {
    String get(String org);
}
