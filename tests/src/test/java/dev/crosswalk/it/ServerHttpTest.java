package dev.crosswalk.it;

import dev.crosswalk.server.rest.ApiContext;
import dev.crosswalk.server.Deployment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.server.CrosswalkServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server (Fuseki + REST on one port, TDB2 store) over HTTP: REST routes and the SPARQL protocol. */
class ServerHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELECT_CONTROLS = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX cw: <https://w3id.org/crosswalk/ontology#>
            SELECT ?notation ?title WHERE {
              ?c a cw:Control ; skos:inScheme <https://w3id.org/crosswalk/id/iso42001> ;
                 skos:notation ?notation ; skos:prefLabel ?title .
            } ORDER BY ?notation""";

    @TempDir
    static Path data;
    private static Deployment deployment;
    private static CrosswalkServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        deployment = Deployment.embedded(data);
        server = CrosswalkServer.start(ApiContext.of(deployment.core(), CrosswalkServer.SPARQL_PATH, deployment.storage()), 0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        deployment.close();
    }

    @Test
    void healthNamesTheSparqlEndpointOnTheSamePort() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/health", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("status").asText()).isEqualTo("ok");
        assertThat(body.path("sparqlEndpoint").asText()).isEqualTo("/crosswalk/sparql");
        assertThat(body.path("triples").path("graphs").size()).isGreaterThan(5);
    }

    @Test
    void restProvisionLookupOverHttp() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/provisions/" + Http.enc("eu-ai-act:Art. 50(4)").replace("+", "%20"), "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).path("parent").asText()).isEqualTo("eu-ai-act:Art. 50");
        HttpResponse<String> missing = http.get("/api/v1/provisions/eu-ai-act:Art.%20999", "application/json");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }

    @Test
    void sparqlSelectAnswersJsonResults() throws Exception {
        HttpResponse<String> r = http.get("/crosswalk/sparql?query=" + Http.enc(SELECT_CONTROLS), "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode bindings = JSON.readTree(r.body()).path("results").path("bindings");
        assertThat(bindings).hasSize(38);
        assertThat(bindings.get(0).path("notation").path("value").asText()).isEqualTo("A.10.2");
    }

    @Test
    void sparqlSelectAnswersCsvByAcceptAndByPostForm() {
        HttpResponse<String> csv = http.get("/crosswalk/sparql?query=" + Http.enc(SELECT_CONTROLS), "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst()).contains("notation,title");
        assertThat(csv.body().lines().count()).isEqualTo(39);
        assertThat(csv.body()).contains("A.6.2.4,AI system verification and validation");
        HttpResponse<String> form = http.post("/crosswalk/sparql", "application/x-www-form-urlencoded",
                "query=" + Http.enc(SELECT_CONTROLS));
        assertThat(form.statusCode()).isEqualTo(200);
    }

    @Test
    void endpointIsReadOnly() {
        HttpResponse<String> update = http.post("/crosswalk/sparql", "application/sparql-update",
                "INSERT DATA { <urn:a> <urn:b> <urn:c> }");
        assertThat(update.statusCode()).isBetween(400, 499);
        HttpResponse<String> updateService = http.post("/crosswalk/update", "application/sparql-update",
                "INSERT DATA { <urn:a> <urn:b> <urn:c> }");
        assertThat(updateService.statusCode()).isBetween(400, 499);
        HttpResponse<String> gspPut = http.put("/crosswalk?default", "text/turtle", "<urn:a> <urn:b> <urn:c> .");
        assertThat(gspPut.statusCode()).isBetween(400, 499);
        HttpResponse<String> count = http.get("/crosswalk/sparql?query=" + Http.enc("ASK { <urn:a> <urn:b> <urn:c> }"),
                "application/sparql-results+json");
        assertThat(count.body()).contains("false");
    }

    @Test
    void graphStoreProtocolReadsAReferenceGraph() {
        HttpResponse<String> r = http.get("/crosswalk?graph=" + Http.enc("https://w3id.org/crosswalk/graph/catalog/iso42001"), "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("AI system impact assessment");
    }

    @Test
    void malformedSparqlIs400NamingTheSyntaxError() {
        HttpResponse<String> r = http.get("/crosswalk/sparql?query=" + Http.enc("SELEKT * WHERE { ?s ?p ?o }"), "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).containsIgnoringCase("SELEKT");
    }
}
