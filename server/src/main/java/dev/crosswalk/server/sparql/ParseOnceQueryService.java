package dev.crosswalk.server.sparql;

import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query service over a dataset, parsing each distinct query text once. Clients send
 * the same named queries again and again, and parsing them (then printing the parse for the log)
 * was a third of the public endpoint's CPU per query. Each request runs on its own copy of the
 * parsed query, so no request sees another's changes (a dataset description, the row cap's limit).
 */
public final class ParseOnceQueryService extends SPARQL_QueryDataset {
    /** Distinct query texts kept; least recently used ones go first. */
    static final int ENTRIES = 512;
    /** Longer texts are parsed on every request and never kept: they are one-offs, and memory stays bounded. */
    static final int MAX_CHARS = 32 * 1024;

    private final Cache<String, Query> parsed = CacheFactory.createCache(ENTRIES);

    @Override
    protected void execute(String text, HttpAction action) {
        if (text == null || text.isBlank()) ServletOps.errorBadRequest("SPARQL Query: empty query string");
        String logText = ServletOps.formatForLog(text);
        if (action.log.isInfoEnabled()) action.log.info("[{}] Query = {}", action.id, logText);
        Query query = parse(text, action);
        validateQuery(action, query);
        action.beginRead();
        try {
            Pair<DatasetGraph, Query> chosen = decideDataset(action, query, logText);
            Query run = chosen.getRight() == null ? query : chosen.getRight();
            try (QueryExec exec = createQueryExec(action, run, chosen.getLeft())) {
                sendResults(action, executeQuery(action, exec, query, logText), query.getPrologue());
            }
        } catch (QueryParseException e) {
            // a late static error, found while the query is planned
            ServletOps.errorBadRequest("Query parse error: " + SPARQLProtocol.messageForException(e));
        } catch (QueryCancelledException e) {
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw e;
        } finally {
            action.endRead();
        }
    }

    /** A private copy of the parsed {@code text}; a text that does not parse is a 400 naming the error. */
    private Query parse(String text, HttpAction action) {
        boolean keep = text.length() <= MAX_CHARS;
        Query shared = keep ? parsed.getIfPresent(text) : null;
        if (shared == null) {
            try {
                shared = QueryFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
            } catch (QueryParseException e) {
                String msg = SPARQLProtocol.messageForParseException(e);
                action.log.warn("[{}] {}", action.id, msg);
                ServletOps.errorBadRequest(msg);
                throw e;  // not reached: errorBadRequest throws
            } catch (QueryException e) {
                String msg = SPARQLProtocol.messageForException(e);
                action.log.warn("[{}] {}", action.id, msg);
                ServletOps.errorBadRequest(msg);
                throw e;
            }
            if (keep) parsed.put(text, shared);
        }
        return shared.cloneQuery();
    }

    /** How many parsed texts are kept now. */
    public long kept() {
        return parsed.size();
    }
}
