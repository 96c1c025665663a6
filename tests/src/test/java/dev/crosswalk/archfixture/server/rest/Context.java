package dev.crosswalk.archfixture.server.rest;

import dev.crosswalk.archfixture.server.Limits;

/** Fixture: the REST context uses the composition's limits, the server ⇄ server.rest cycle the review found. */
public record Context(Limits limits) {}
