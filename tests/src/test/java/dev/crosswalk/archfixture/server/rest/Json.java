package dev.crosswalk.archfixture.server.rest;

/** Fixture: the JSON mapper in the REST package, as {@code rest.Json} was. */
public final class Json {
    public static String quote(String s) {
        return '"' + s + '"';
    }
}
