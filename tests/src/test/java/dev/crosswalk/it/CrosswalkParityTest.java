package dev.crosswalk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.server.CrosswalkServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The REST crosswalk lookup and the named query crosswalk.rq on the SPARQL endpoint return the same rows. */
class CrosswalkParityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Crosswalk core;
    private static CrosswalkServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        core = Crosswalk.inMemory();
        server = CrosswalkServer.start(core, 0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        core.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"iso42001:A.6.2.8", "iso42001:6.1.4", "eu-ai-act:Art. 15", "iso27001:A.8.15", "uk-fca:SM&CR"})
    void restAndSparqlAgree(String ref) throws IOException {
        JsonNode rest = JSON.readTree(http.get("/api/v1/crosswalk?from=" + Http.enc(ref), "application/json").body());
        List<String> restRows = new ArrayList<>();
        for (JsonNode m : rest.path("mappings")) {
            restRows.add(m.path("mapping").asText() + " " + m.path("relation").asText() + " " + m.path("strength").asInt());
        }
        assertThat(restRows).as(ref + " has mappings").isNotEmpty();

        String iri = rest.path("from").path("ref").asText().equals(ref) ? core.catalog().require(ref).iri() : null;
        String query = namedQuery() + "\nVALUES ?from { <" + iri + "> }";
        JsonNode sparql = JSON.readTree(http.post("/crosswalk/sparql", "application/x-www-form-urlencoded",
                "query=" + Http.enc(query)).body());
        List<String> sparqlRows = new ArrayList<>();
        for (JsonNode b : sparql.path("results").path("bindings")) {
            sparqlRows.add(b.path("mapping").path("value").asText() + " " + b.path("relation").path("value").asText()
                    + " " + b.path("strength").path("value").asInt());
        }
        assertThat(sparqlRows).containsExactlyInAnyOrderElementsOf(restRows);
    }

    private static String namedQuery() throws IOException {
        try (InputStream in = CrosswalkParityTest.class.getClassLoader().getResourceAsStream("crosswalk/queries/crosswalk.rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
