package dev.crosswalk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;

/**
 * Every way a public SPARQL client could ask for private data, asserted empty or refused: the
 * default graph, GRAPH ?g, FROM / FROM NAMED, the union graph, DESCRIBE, the Graph Store
 * Protocol (one graph and the whole dataset) and SPARQL Update.
 */
final class PublicEndpointChecks {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String PROFILE = "https://w3id.org/crosswalk/org/northgate-bank/profile";
    static final String HISTORY = "https://w3id.org/crosswalk/org/northgate-bank/history";
    static final String KEYS = "https://w3id.org/crosswalk/access/keys";
    private static final String SPARQL = "/crosswalk/sparql";

    private PublicEndpointChecks() {}

    static void assertNoPrivateGraphs(Http http) throws Exception {
        String cw = "https://w3id.org/crosswalk/ontology#";
        // the reference data is there, so an empty answer below means hidden, not broken
        assertThat(rows(http, "SELECT ?g { GRAPH ?g { } }")).hasSizeGreaterThan(10)
                .noneSatisfy(r -> assertThat(r.path("g").path("value").asText()).containsAnyOf("/org/", "/access/"));
        assertThat(rows(http, "SELECT * { ?s <" + cw + "profileJson> ?o }")).isEmpty();
        assertThat(rows(http, "SELECT * { ?s <" + cw + "keyHash> ?o }")).isEmpty();
        // stored imports (public ones under /import/, an organisation's under its /org/ graphs) are records, never reference data
        assertThat(rows(http, "SELECT * { ?s <" + cw + "importContent> ?o }")).isEmpty();
        assertThat(rows(http, "SELECT * { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), '/crosswalk/import/')) } LIMIT 1")).isEmpty();
        for (String g : new String[] {PROFILE, HISTORY, KEYS}) {
            assertThat(rows(http, "SELECT * { GRAPH <" + g + "> { ?s ?p ?o } } LIMIT 1")).as("GRAPH <%s>", g).isEmpty();
            assertThat(rows(http, "SELECT * FROM NAMED <" + g + "> { GRAPH ?g { ?s ?p ?o } } LIMIT 1")).as("FROM NAMED <%s>", g).isEmpty();
            assertThat(rows(http, "SELECT * FROM <" + g + "> { ?s ?p ?o } LIMIT 1")).as("FROM <%s>", g).isEmpty();
            HttpResponse<String> gsp = http.get("/crosswalk?graph=" + Http.enc(g), "text/turtle");
            assertThat(gsp.statusCode()).as("GSP ?graph=<%s>", g).isEqualTo(404);
        }
        assertThat(rows(http, "SELECT * { GRAPH <urn:x-arq:UnionGraph> { ?s <" + cw + "profileJson> ?o } }")).isEmpty();
        assertThat(rows(http, "SELECT * { GRAPH <urn:x-arq:UnionGraph> { ?s <" + cw + "keyHash> ?o } }")).isEmpty();
        assertThat(rows(http, "SELECT * { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), '/org/') || CONTAINS(STR(?g), '/access/')) } LIMIT 1")).isEmpty();
        HttpResponse<String> describe = http.get(SPARQL + "?query=" + Http.enc("DESCRIBE <https://w3id.org/crosswalk/org/northgate-bank>"), "application/n-triples");
        assertThat(describe.statusCode()).isEqualTo(200);
        assertThat(describe.body()).doesNotContain("profileJson");
        HttpResponse<String> dump = http.get("/crosswalk", "application/n-quads");
        assertThat(dump.statusCode()).isEqualTo(200);
        assertThat(dump.body()).contains("https://w3id.org/crosswalk/graph/").doesNotContain("/crosswalk/org/", "/crosswalk/access/", "profileJson");
        // no update, by any route
        assertThat(http.post(SPARQL, "application/sparql-update", "DROP ALL").statusCode()).isBetween(400, 499);
        assertThat(http.post(SPARQL, "application/x-www-form-urlencoded", "update=" + Http.enc("DROP ALL")).statusCode()).isBetween(400, 499);
        assertThat(http.post("/crosswalk/update", "application/sparql-update", "DROP ALL").statusCode()).isBetween(400, 499);
        assertThat(http.put("/crosswalk?graph=" + Http.enc(PROFILE), "text/turtle", "<urn:a> <urn:b> <urn:c> .").statusCode()).isBetween(400, 499);
        assertThat(rows(http, "SELECT ?g { GRAPH ?g { } }")).hasSizeGreaterThan(10);
        // nor does the public health report name private graphs
        assertThat(http.get("/api/v1/health", "application/json").body()).contains("/crosswalk/graph/").doesNotContain("/crosswalk/org/", "/access/");
    }

    private static JsonNode rows(Http http, String query) throws Exception {
        HttpResponse<String> r = http.get(SPARQL + "?query=" + Http.enc(query), "application/sparql-results+json");
        assertThat(r.statusCode()).as(query + " -> " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).path("results").path("bindings");
    }
}
