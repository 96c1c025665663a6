package dev.crosswalk.server.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.SharedCrosswalk;
import dev.crosswalk.server.CrosswalkServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public endpoint parses a query text once and answers it as before: the same rows for the same
 * text, from many clients at once, by GET and by POST; a text that does not parse is a 400 every time.
 */
class ParseOnceQueryServiceTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String JSON = "application/sparql-results+json";
    private static CrosswalkServer server;

    @BeforeAll
    static void start() {
        server = CrosswalkServer.start(SharedCrosswalk.get(), 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theSameTextAnswersTheSameFromManyClientsAndIsParsedOnce() throws Exception {
        String text = namedQuery("coverage-matrix", "VALUES (?from ?to) { (<https://w3id.org/crosswalk/id/iso42001> <https://w3id.org/crosswalk/id/eu-ai-act>) }");
        long before = server.parsedQueries();
        HttpResponse<String> first = get(text);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(rows(first)).as("ISO 42001 x AI Act mappings").isGreaterThan(50);
        assertThat(server.parsedQueries()).isEqualTo(before + 1);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) answers.add(pool.submit(() -> get(text)));
            assertThat(answers).hasSize(40);
            for (Future<HttpResponse<String>> a : answers) {
                assertThat(a.get().statusCode()).isEqualTo(200);
                assertThat(a.get().body()).isEqualTo(first.body());
            }
        } finally {
            pool.shutdown();
        }
        HttpResponse<String> posted = CLIENT.send(HttpRequest.newBuilder(URI.create(base() + "/crosswalk/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).isEqualTo(first.body());
        assertThat(server.parsedQueries()).as("one text, parsed once").isEqualTo(before + 1);
    }

    @Test
    void eachRequestRunsItsOwnCopyOfTheParsedQuery() throws Exception {
        // the row cap and a FROM clause change the query they run on; a second run of the same text must not inherit them
        String text = "SELECT ?s FROM <https://w3id.org/crosswalk/org/nobody/profile> { ?s ?p ?o } LIMIT 3";
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = get(text);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(rows(r)).isZero();
        }
        String open = "SELECT ?s { ?s a <http://www.w3.org/2004/02/skos/core#ConceptScheme> } LIMIT 3";
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = get(open);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(rows(r)).as("three rows, each time").isEqualTo(3);
        }
    }

    @Test
    void aTextThatDoesNotParseIsA400NamingTheErrorEveryTime() throws Exception {
        long before = server.parsedQueries();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = get("SELECT ?s WHERE { ?s ?p }");
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).containsIgnoringCase("line 1");
        }
        assertThat(get("   ").statusCode()).isEqualTo(400);
        assertThat(server.parsedQueries()).as("nothing kept for texts that do not parse").isEqualTo(before);
    }

    private static String namedQuery(String name, String values) throws Exception {
        try (var in = ParseOnceQueryServiceTest.class.getResourceAsStream("/crosswalk/queries/" + name + ".rq")) {
            assertThat(in).as("packaged query %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n" + values;
        }
    }

    private static HttpResponse<String> get(String query) throws Exception {
        URI uri = URI.create(base() + "/crosswalk/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return CLIENT.send(HttpRequest.newBuilder(uri).header("Accept", JSON).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int rows(HttpResponse<String> r) throws Exception {
        return new ObjectMapper().readTree(r.body()).path("results").path("bindings").size();
    }

    private static String base() {
        return "http://localhost:" + server.port();
    }
}
