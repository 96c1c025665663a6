package dev.crosswalk.archfixture.server;

/** Fixture: limits in the server composition package, as {@code server.Limits} was. */
public record Limits(long maxRows) {}
