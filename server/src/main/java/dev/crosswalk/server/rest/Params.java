package dev.crosswalk.server.rest;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.catalog.Timelines;
import dev.crosswalk.catalog.UnknownReferenceException;
import io.javalin.http.Context;

/** Query-parameter parsing that answers 400 with the parameter's name and what was expected. */
final class Params {
    private Params() {}

    static String required(Context ctx, String name, String example) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw ProblemException.badRequest("Query parameter '" + name + "' is required, e.g. " + example);
        }
        return v;
    }

    static int intInRange(Context ctx, String name, int min, int max, int dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException ignored) {
            // fall through to the message below
        }
        throw ProblemException.badRequest("Query parameter '" + name + "' must be an integer from " + min + " to " + max + ", not '" + v + "'");
    }

    static boolean bool(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return false;
        if (v.equalsIgnoreCase("true")) return true;
        if (v.equalsIgnoreCase("false")) return false;
        throw ProblemException.badRequest("Query parameter '" + name + "' must be true or false, not '" + v + "'");
    }

    /** A provision named in a query parameter: unknown refs are 404 (the thing asked for does not exist). */
    static Provision provision(Context ctx, Catalog catalog, String name) {
        return catalog.require(required(ctx, name, "?" + name + "=iso42001:A.6.2.8"));
    }

    /** A timeline name used as a filter ("original" or "amended"); anything else is a bad request naming both. */
    static String timeline(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (Timelines.NAMES.contains(v.trim())) return v.trim();
        throw ProblemException.badRequest("Query parameter '" + name + "' must be one of " + String.join(", ", Timelines.NAMES)
                + ", not '" + v + "'");
    }

    /** A framework id used as a filter: unknown ids are a bad request naming the valid ones. */
    static String frameworkFilter(Context ctx, Catalog catalog, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        try {
            return catalog.requireFramework(v.trim()).id();
        } catch (UnknownReferenceException e) {
            throw ProblemException.badRequest("Query parameter '" + name + "': " + e.getMessage());
        }
    }
}
