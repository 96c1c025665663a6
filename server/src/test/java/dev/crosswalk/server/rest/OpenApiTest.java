package dev.crosswalk.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The OpenAPI document and the live route table agree: every route documented, every documented route answers. */
class OpenApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<HandlerType> VERBS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE, HandlerType.PATCH);

    @Test
    void everyLiveRouteIsDocumentedAndEveryDocumentedRouteIsLive() throws Exception {
        Javalin app = RestApi.create(SharedCore.api());
        Set<String> live = new TreeSet<>();
        app.unsafe.internalRouter.allHttpHandlers().forEach(h -> {
            if (VERBS.contains(h.endpoint.method)) {
                live.add(h.endpoint.method.name().toLowerCase() + " " + h.endpoint.path.replace('<', '{').replace('>', '}'));
            }
        });
        JsonNode doc = JSON.readTree(OpenApiRoutes.load());
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        Set<String> documented = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> documented.add(m + " " + p.getKey())));
        assertThat(documented).isEqualTo(live);
    }

    @Test
    void everyOrganisationPathParameterStatesTheOnePattern() throws Exception {
        JsonNode doc = JSON.readTree(OpenApiRoutes.load());
        java.util.List<String> patterns = new java.util.ArrayList<>();
        doc.path("paths").forEach(path -> path.forEach(op -> op.path("parameters").forEach(p -> {
            if (p.path("name").asText().equals("org") && p.path("in").asText().equals("path")) patterns.add(p.path("schema").path("pattern").asText());
        })));
        assertThat(patterns).hasSizeGreaterThan(5).containsOnly(dev.crosswalk.organisation.OrganisationId.PATTERN);
    }

    @Test
    void everyRouteThatReadsTheStoreDocumentsTheStoresFailuresAs502And504() throws Exception {
        JsonNode doc = JSON.readTree(OpenApiRoutes.load());
        java.util.List<String> storeRoutes = new java.util.ArrayList<>();
        doc.path("paths").fields().forEachRemaining(p -> {
            if (!p.getKey().contains("/orgs/{org}") && !p.getKey().startsWith("/api/v1/admin/")) return;
            if (p.getKey().equals("/api/v1/admin/compact")) return; // embedded store only: nothing remote to fail
            p.getValue().fields().forEachRemaining(op -> {
                storeRoutes.add(op.getKey() + " " + p.getKey());
                JsonNode responses = op.getValue().path("responses");
                assertThat(responses.has("502") && responses.has("504")).as(op.getKey() + " " + p.getKey()).isTrue();
                assertThat(responses.path("502").path("description").asText()).contains("store-failed");
                assertThat(responses.path("504").path("description").asText()).contains("store-timeout");
            });
        });
        assertThat(storeRoutes).hasSizeGreaterThan(20);
        assertThat(OpenApiRoutes.load()).as("the remote store's failures are 502/504, never 503").doesNotContain("store-unavailable");
    }

    private static byte[] examples(String file) {
        try {
            return Files.readAllBytes(Path.of("..", "examples", "imports", file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean negotiates(JsonNode op) {
        for (JsonNode p : op.path("parameters")) if (p.path("name").asText().equals("format")) return true;
        return false;
    }

    @Test
    void everyNegotiatedRouteDocumentsItsMediaTypesAnd406() throws Exception {
        JsonNode doc = JSON.readTree(OpenApiRoutes.load());
        Map<String, String> types = Map.ofEntries(Map.entry("json", "application/json"), Map.entry("csv", "text/csv"),
                Map.entry("markdown", "text/markdown"), Map.entry("html", "text/html"),
                Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), Map.entry("turtle", "text/turtle"),
                Map.entry("jsonld", "application/ld+json"), Map.entry("sssom", "text/tab-separated-values"),
                Map.entry("oscal-mapping", "application/json"), Map.entry("oscal-catalog", "application/json"),
                Map.entry("ics", "text/calendar"));
        Set<String> negotiated = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
            if (!negotiates(op.getValue())) return;
            negotiated.add(op.getKey() + " " + p.getKey());
            Set<String> expected = new TreeSet<>();
            for (JsonNode p2 : op.getValue().path("parameters")) {
                if (p2.path("name").asText().equals("format")) p2.path("schema").path("enum").forEach(e -> expected.add(types.get(e.asText())));
            }
            Set<String> documented = new TreeSet<>();
            op.getValue().path("responses").path("200").path("content").fieldNames().forEachRemaining(documented::add);
            assertThat(documented).as(p.getKey()).isEqualTo(expected);
            assertThat(op.getValue().path("responses").has("406")).as(p.getKey()).isTrue();
        }));
        assertThat(negotiated).containsExactlyInAnyOrder("post /api/v1/gap-analysis", "post /api/v1/soa", "post /api/v1/ims-plan",
                "get /api/v1/orgs/{org}/gaps", "get /api/v1/orgs/{org}/soa", "get /api/v1/orgs/{org}/ims-plan",
                "get /api/v1/queries/{name}", "get /api/v1/orgs/{org}/queries/{name}", "get /api/v1/export/{format}",
                "get /api/v1/provisions/{ref}", "get /api/v1/provisions", "get /api/v1/crosswalk", "get /api/v1/frameworks/{id}/provisions",
                "get /api/v1/mapping-sets", "post /api/v1/calendar", "get /api/v1/orgs/{org}/calendar");
    }

    @Test
    void everyDocumentedRouteAnswersWithSampleValues() throws Exception {
        JsonNode doc = JSON.readTree(OpenApiRoutes.load());
        String profile = Files.readString(Path.of("..", "examples", "small-provider.json"));
        Map<String, String> samples = Map.of("id", "iso42001", "ref", "iso42001:A.6.2.4", "name", "crosswalk",
                "from", "iso42001:7.2", "to", "iso27001:7.2", "standard", "iso42001", "org", "small-provider", "format", "sssom");
        ApiContext api = SharedCore.api();
        String key = api.keys().issue("small-provider", "OpenAPI test", "test").token();
        JavalinTest.test(RestApi.create(api), (server, client) -> {
            // stored-organisation routes need a stored profile first; DELETE is checked last
            assertThat(client.put("/api/v1/orgs/small-provider/profile", profile, rq -> rq.header("Authorization", "Bearer " + key)).code())
                    .as("nothing stored it before: created").isEqualTo(201);
            doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
                if (op.getKey().equals("delete") || (op.getKey().equals("put") && p.getKey().endsWith("/profile"))) return;
                String path = p.getKey();
                StringBuilder query = new StringBuilder();
                for (JsonNode param : op.getValue().path("parameters")) {
                    String n = param.path("name").asText();
                    if (param.path("in").asText().equals("path")) path = path.replace("{" + n + "}", samples.get(n));
                    else if (param.path("required").asBoolean()) query.append(query.length() == 0 ? "?" : "&").append(n).append('=').append(samples.get(n));
                }
                if (path.equals("/api/v1/crosswalk")) query = new StringBuilder("?from=iso42001:7.2");
                if (path.equals("/api/v1/queries/crosswalk")) query = new StringBuilder("?from=iso42001:7.2");
                if (path.equals("/api/v1/suggest")) query = new StringBuilder("?from=iso42001&to=iso27001");
                if (path.equals("/api/v1/orgs/small-provider/queries/crosswalk")) path = "/api/v1/orgs/small-provider/queries/gaps";
                String url = path + query;
                if (url.contains("/orgs/small-provider/queries/crosswalk?")) url = "/api/v1/orgs/small-provider/queries/gaps";
                String bearer = "Bearer " + (path.startsWith("/api/v1/admin/") ? SharedCore.ADMIN : key);
                boolean issue = path.endsWith("/keys") && op.getKey().equals("post");
                // imports post a real file: a framework first (the paths are in that order), then a mapping set onto it;
                // the organisation imports the vendor's OSCAL catalog privately, the admin the bank's CSV library publicly
                boolean importing = op.getKey().equals("post") && (path.endsWith("/frameworks") || path.endsWith("/mapping-sets"));
                if (importing) {
                    boolean admin = path.startsWith("/api/v1/admin/");
                    boolean framework = path.endsWith("/frameworks");
                    String type = framework ? (admin ? "text/csv" : "application/json") : "text/tab-separated-values";
                    String file = framework ? (admin ? "bank-controls.csv" : "vendor-controls.oscal.json")
                            : (admin ? "bank-controls-iso42001.sssom.tsv" : "vendor-controls-iso42001.sssom.tsv");
                    String target = !framework ? path : path + (admin ? "?id=bank-controls&title=Bank%20AI%20controls"
                            : "?id=vendor-controls&title=Vendor%20AI%20assurance");
                    Response imported = client.request(target, b -> b.post(java.net.http.HttpRequest.BodyPublishers.ofByteArray(examples(file)))
                            .header("Content-Type", type).header("Authorization", bearer));
                    assertThat(imported.code()).as("post " + target).isEqualTo(201);
                    return;
                }
                Response r = switch (op.getKey()) {
                    case "post" -> client.post(url, path.endsWith("classify") ? "{\"role\":\"provider\"}" : issue ? "{}" : profile,
                            rq -> rq.header("Authorization", bearer));
                    case "put" -> client.put(url, "{\"status\":\"implemented\",\"evidence\":[\"TEST-1\"]}", rq -> rq.header("Authorization", bearer));
                    default -> client.get(url, rq -> rq.header("Authorization", bearer));
                };
                // the shared core is in memory: compaction (TDB2 only) is refused, as documented
                int expected = issue ? 201 : path.endsWith("/compact") ? 409 : 200;
                assertThat(r.code()).as(op.getKey() + " " + url).isEqualTo(expected);
                if (negotiates(op.getValue())) {
                    Response refused = op.getKey().equals("post")
                            ? client.post(url, profile, rq -> rq.header("Authorization", bearer).header("Accept", "application/xml"))
                            : client.get(url, rq -> rq.header("Authorization", bearer).header("Accept", "application/xml"));
                    assertThat(refused.code()).as("documented format parameter, so Accept is negotiated: " + url).isEqualTo(406);
                }
            }));
            assertThat(client.delete("/api/v1/orgs/small-provider/profile", null, rq -> rq.header("Authorization", "Bearer " + key)).code())
                    .isEqualTo(204);
        });
    }
}
