package dev.crosswalk.access;

/** A freshly issued key: the secret token is returned this once and never stored. */
public record IssuedKey(ApiKey key, String token) {}
