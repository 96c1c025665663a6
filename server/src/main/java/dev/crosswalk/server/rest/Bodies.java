package dev.crosswalk.server.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.profile.OrganisationProfile;
import dev.crosswalk.profile.ProfileRdf;
import dev.crosswalk.server.http.Json;
import io.javalin.http.Context;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import java.io.IOException;

/** Reads request bodies strictly, turning every parse problem into a 400 that names it. */
final class Bodies {
    private static final ObjectMapper JSON = Json.mapper();

    private Bodies() {}

    /**
     * An organisation profile as JSON (default), Turtle ({@code text/turtle}) or JSON-LD
     * ({@code application/ld+json}) in the ontology's terms.
     */
    static OrganisationProfile profile(Context ctx, Catalog catalog) {
        String type = String.valueOf(ctx.contentType()).toLowerCase(java.util.Locale.ROOT);
        Lang lang = type.startsWith("text/turtle") ? Lang.TURTLE : type.startsWith("application/ld+json") ? Lang.JSONLD : null;
        if (lang == null) return json(ctx, OrganisationProfile.class);
        if (ctx.body().isBlank()) throw ProblemException.badRequest("The request body is empty: send a profile.");
        if (lang == Lang.TURTLE) RdfLimits.checkTurtle(ctx.body());
        else RdfLimits.checkJsonLd(ctx.body());
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.fromString(ctx.body(), lang).base("urn:crosswalk:profile:").parse(g);
        } catch (RiotException e) {
            throw new ProblemException(400, "malformed-rdf", "Malformed " + lang.getName(),
                    "The body is not valid " + lang.getName() + ": " + e.getMessage());
        } catch (StackOverflowError e) {
            // backstop behind RdfLimits: the parser recursed too deep; nothing was stored
            throw new ProblemException(400, "too-complex", "Body too complex", "The " + lang.getName() + " body is nested too deeply to parse.");
        }
        return ProfileRdf.read(g, catalog);
    }

    static <T> T json(Context ctx, Class<T> type) {
        String body = ctx.body();
        if (body.isBlank()) throw ProblemException.badRequest("The request body is empty: send a JSON object.");
        try {
            T value = JSON.readValue(body, type);
            if (value == null) throw ProblemException.badRequest("The request body is JSON null: send a JSON object.");
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new ProblemException(400, "unknown-field", "Unknown field", "Unknown field '" + e.getPropertyName()
                    + "'. Known fields: " + e.getKnownPropertyIds() + ".");
        } catch (StreamConstraintsException e) {
            throw new ProblemException(400, "too-complex", "Body too complex", "The JSON body exceeds a limit: " + e.getOriginalMessage());
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? "(body)" : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw new ProblemException(400, "wrong-type", "Wrong type", "Field '" + field + "' has the wrong type: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "malformed-json", "Malformed JSON", "The body is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw ProblemException.badRequest("The body could not be read: " + e.getMessage());
        }
    }
}
