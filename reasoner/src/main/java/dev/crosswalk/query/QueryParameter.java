package dev.crosswalk.query;

/** A declared parameter of a named query: its variable, its kind (provision, framework, integer, string) and meaning. */
public record QueryParameter(String name, String kind, String description) {}
