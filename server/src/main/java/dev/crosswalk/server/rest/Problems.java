package dev.crosswalk.server.rest;

import dev.crosswalk.catalog.InvalidReferenceException;
import dev.crosswalk.catalog.UnknownReferenceException;
import dev.crosswalk.classify.InvalidInputException;
import dev.crosswalk.exchange.InvalidExportException;
import dev.crosswalk.exchange.NoMappingsException;
import dev.crosswalk.imports.ImportConflictException;
import dev.crosswalk.imports.InvalidImportException;
import dev.crosswalk.imports.InvalidImportRequestException;
import dev.crosswalk.imports.UnknownImportException;
import dev.crosswalk.organisation.ConcurrentUpdateException;
import dev.crosswalk.organisation.OrganisationId.InvalidOrganisationIdException;
import dev.crosswalk.organisation.UnknownOrganisationException;
import dev.crosswalk.profile.InvalidProfileException;
import dev.crosswalk.server.http.Problem;
import dev.crosswalk.store.StoreRequestFailedException;
import dev.crosswalk.store.StoreUnavailableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Exception mappers: every failure leaves as application/problem+json with a message naming the problem. */
final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    static final String CONTENT_TYPE = "application/problem+json";

    private Problems() {}

    static void register(RoutesConfig routes) {
        routes.exception(ProblemException.class, (e, ctx) -> {
            if (e.challenge() != null) ctx.header("WWW-Authenticate", e.challenge());
            if (e.retryAfterSeconds() > 0) ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            if (e.extensions().isEmpty()) {
                send(ctx, e.status(), e.type(), e.title(), e.getMessage());
                return;
            }
            java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
            Problem p = Problem.of(e.type(), e.title(), e.status(), e.getMessage(), ctx.path());
            body.put("type", p.type());
            body.put("title", p.title());
            body.put("status", p.status());
            body.put("detail", p.detail());
            body.put("instance", p.instance());
            body.putAll(e.extensions());
            ctx.status(e.status());
            ctx.json(body);
            ctx.contentType(CONTENT_TYPE);
        });
        routes.exception(UnknownReferenceException.class, (e, ctx) ->
                send(ctx, 404, "unknown-" + e.kind(), "Unknown " + e.kind(), e.getMessage()));
        routes.exception(StoreRequestFailedException.class, (e, ctx) -> {
            LOG.warn("Store request failed on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "30");
            // the store's own words, not its address: that stays in the log, it is internal
            if (e.timedOut()) {
                send(ctx, 504, "store-timeout", "Gateway timeout", "The shared SPARQL store did not answer in time: "
                        + e.storeMessage() + ". A write may or may not have been applied; read it back or repeat it.");
            } else {
                send(ctx, 502, "store-failed", "Bad gateway", "The shared SPARQL store failed this request: " + e.storeMessage()
                        + ". Nothing was acknowledged; try again shortly.");
            }
        });
        routes.exception(StoreUnavailableException.class, (e, ctx) -> {
            LOG.warn("Store unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "30");
            // the store's address stays in the log: it is internal
            send(ctx, 503, "store-unavailable", "Store unavailable",
                    "The shared store did not answer in time or cannot be reached. Try again shortly.");
        });
        routes.exception(UnknownOrganisationException.class, (e, ctx) ->
                send(ctx, 404, "unknown-organisation", "Unknown organisation", e.getMessage()));
        routes.exception(InvalidOrganisationIdException.class, (e, ctx) ->
                send(ctx, 400, "bad-request", "Bad request", e.getMessage()));
        routes.exception(ConcurrentUpdateException.class, (e, ctx) ->
                send(ctx, 409, "concurrent-update", "Concurrent update", e.getMessage()));
        routes.exception(InvalidExportException.class, (e, ctx) -> send(ctx, 400, "invalid-export", "Invalid export", e.getMessage()));
        routes.exception(dev.crosswalk.suggest.InvalidSuggestionRequestException.class, (e, ctx) ->
                send(ctx, 400, "bad-request", "Bad request", e.getMessage()));
        routes.exception(NoMappingsException.class, (e, ctx) -> send(ctx, 404, "no-mappings", "No mappings", e.getMessage()));
        routes.exception(InvalidReferenceException.class, (e, ctx) ->
                send(ctx, 400, "invalid-reference", "Invalid reference", e.getMessage()));
        routes.exception(InvalidInputException.class, (e, ctx) ->
                send(ctx, 400, "invalid-field", "Invalid value of '" + e.field() + "'", e.getMessage()));
        routes.exception(InvalidProfileException.class, (e, ctx) -> {
            ctx.status(422);
            java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("type", Problem.TYPE_BASE + "invalid-profile");
            body.put("title", "Invalid organisation profile");
            body.put("status", 422);
            body.put("detail", e.errors().size() + " violation(s) of the profile shapes; nothing was analysed.");
            body.put("instance", ctx.path());
            body.put("errors", e.errors());
            ctx.json(body);
            ctx.contentType(CONTENT_TYPE);
        });
        routes.exception(InvalidImportException.class, (e, ctx) -> {
            ctx.status(422);
            java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("type", Problem.TYPE_BASE + "invalid-import");
            body.put("title", "Invalid import");
            body.put("status", 422);
            body.put("detail", e.getMessage() + ".");
            body.put("instance", ctx.path());
            body.put("errors", e.problems());
            ctx.json(body);
            ctx.contentType(CONTENT_TYPE);
        });
        routes.exception(InvalidImportRequestException.class, (e, ctx) ->
                send(ctx, 400, "bad-request", "Bad request", e.getMessage()));
        routes.exception(ImportConflictException.class, (e, ctx) ->
                send(ctx, 409, "import-conflict", "Conflict", e.getMessage()));
        routes.exception(UnknownImportException.class, (e, ctx) ->
                send(ctx, 404, "unknown-import", "Unknown import", e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            String detail = status == 404 ? "No such resource: " + ctx.method() + " " + ctx.path()
                    : status == 405 ? "Method " + ctx.method() + " is not allowed on " + ctx.path() : e.getMessage();
            send(ctx, status, "http-" + status, io.javalin.http.HttpStatus.forStatus(status).getMessage(), detail);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "internal-error", "Internal error", "The server failed to answer this request; it has been logged.");
        });
    }

    static void send(Context ctx, int status, String type, String title, String detail) {
        ctx.status(status);
        ctx.json(Problem.of(type, title, status, detail, ctx.path()));
        ctx.contentType(CONTENT_TYPE);
    }
}
