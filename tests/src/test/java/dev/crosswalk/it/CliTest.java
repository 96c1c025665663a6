package dev.crosswalk.it;

import dev.crosswalk.server.store.tdb2.Tdb2Store;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.Crosswalk;
import dev.crosswalk.profile.OrganisationProfile;
import dev.crosswalk.access.AdminKey;
import dev.crosswalk.server.CrosswalkServer;
import dev.crosswalk.server.rest.ApiContext;
import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.query.QueryResult;
import dev.crosswalk.server.report.Reports;
import dev.crosswalk.organisation.Actor;
import dev.crosswalk.organisation.OrganisationId;
import dev.crosswalk.organisation.OrganisationRepository;
import dev.crosswalk.server.Deployment;
import dev.crosswalk.server.store.tdb2.Tdb2Store;
import dev.crosswalk.vocab.CW;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI prints the same reports offline as the service computes, and says what is wrong with bad input. */
class CliTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void keysCommandIssuesListsAndRevokesThroughTheAdminApi(@TempDir Path dir) throws Exception {
        String admin = "cli-test-admin-key-0123456789abcdef";
        Path adminFile = Files.writeString(dir.resolve("admin.key"), admin + "\n");
        ApiContext api = ApiContext.of(SharedCore.get(), CrosswalkServer.SPARQL_PATH, Tdb2Store.inMemory().storage()).withAdmin(AdminKey.of(admin));
        try (CrosswalkServer server = CrosswalkServer.start(api, 0)) {
            String url = "http://localhost:" + server.port();
            CliRun created = run("keys", "--server", url, "--admin-key-file", adminFile.toString(), "create", "--org", "cli-bank", "--owner", "Dana");
            assertThat(created.code()).as(created.err()).isZero();
            String key = created.out().strip();
            assertThat(key).startsWith("cwk_");
            assertThat(created.err()).contains("not shown again");
            String id = key.substring(4, key.indexOf('.'));
            Http http = new Http(server.port());
            assertThat(http.getWithKey("/api/v1/orgs/cli-bank/history", key).statusCode()).isEqualTo(200);

            CliRun listed = run("keys", "--server", url, "--admin-key-file", adminFile.toString(), "list", "--org", "cli-bank");
            assertThat(listed.out()).contains(id + "\tDana\t").doesNotContain(key.substring(key.indexOf('.') + 1));
            CliRun revoked = run("keys", "--server", url, "--admin-key-file", adminFile.toString(), "revoke", "--org", "cli-bank", "--id", id);
            assertThat(revoked.code()).isZero();
            assertThat(http.getWithKey("/api/v1/orgs/cli-bank/history", key).statusCode()).isEqualTo(401);
            CliRun again = run("keys", "--server", url, "--admin-key-file", adminFile.toString(), "revoke", "--org", "cli-bank", "--id", id);
            assertThat(again.code()).isEqualTo(1);
            assertThat(again.err()).contains("404").contains("no live API key");
            Path wrong = Files.writeString(dir.resolve("wrong.key"), "not-the-admin-key-0123456789");
            CliRun refused = run("keys", "--server", url, "--admin-key-file", wrong.toString(), "list", "--org", "cli-bank");
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err()).contains("401");
        }
    }

    @Test
    void gapsPrintsTheSameCsvAsTheAnalysis() throws Exception {
        Path profile = Path.of("..", "examples", "hr-tech.json");
        CliRun cli = run("gaps", profile.toString(), "--format", "csv");
        assertThat(cli.code()).as(cli.err()).isZero();
        OrganisationProfile p = new ObjectMapper().findAndRegisterModules().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(profile.toFile(), OrganisationProfile.class);
        try (Crosswalk core = Crosswalk.inMemory()) {
            assertThat(cli.out()).isEqualTo(Reports.gapsCsv(core.gaps().analyse(p)));
            assertThat(run("soa", profile.toString(), "-f", "csv").out()).isEqualTo(Reports.soaCsv(core.soa().build(p)));
            assertThat(run("ims-plan", profile.toString(), "-f", "csv").out())
                    .isEqualTo(Reports.imsCsv(core.imsPlanner().plan(p, "iso42001")));
        }
    }

    @Test
    void invalidProfilesExitOneWithEachFieldAndUnreadableFilesExitTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"organisation\":{\"id\":\"ok-id\",\"sector\":\"banking\",\"jurisdictions\":[\"EU\"]},"
                + "\"controls\":[{\"provision\":\"iso42001:A.99\",\"status\":\"implemented\"}]}");
        CliRun r = run("gaps", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("organisation.sector").contains("controls[0].provision").contains("'iso42001:A.99'");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"organisation\":");
        assertThat(run("gaps", broken.toString()).code()).isEqualTo(2);
        assertThat(run("gaps", dir.resolve("missing.json").toString()).err()).contains("cannot read");
    }

    @Test
    void queryWithDataSeesWhatTheStoreHoldsAndWritesNothing(@TempDir Path dir) throws Exception {
        String title = "Logging, as this store holds it";
        QueryResult expectedGaps;
        try (Deployment deployment = Deployment.embedded(dir); Tdb2Store store = Tdb2Store.open(dir)) {
            Crosswalk core = deployment.core();
            DatasetGraph ds = store.dataset();  // the same database: TDB2 keeps one per directory and JVM
            Node logging = NodeFactory.createURI(core.catalog().require("iso27001:A.8.15").iri());
            Node meta = NodeFactory.createURI(GraphNames.META);
            Txn.executeWrite(ds, () -> {
                // a reference change only the store has (in the default graph and the catalog's own graph) ...
                for (Node g : List.of(Quad.defaultGraphIRI, NodeFactory.createURI(GraphNames.CATALOG_PREFIX + "iso27001"))) {
                    ds.deleteAny(g, logging, SKOS.prefLabel.asNode(), Node.ANY);
                    ds.add(g, logging, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(title));
                }
                // ... and content the packaged data would replace if anything published into this store
                ds.deleteAny(meta, Node.ANY, CW.contentHash.asNode(), Node.ANY);
                ds.add(meta, NodeFactory.createURI(CW.ID + "dataset"), CW.contentHash.asNode(), NodeFactory.createLiteralString("stale"));
            });
            OrganisationProfile bank = new ObjectMapper().findAndRegisterModules()
                    .readValue(Path.of("..", "examples", "uk-bank.json").toFile(), OrganisationProfile.class);
            Graph evaluation = core.gaps().evaluationGraph(core.gaps().prepare(bank));
            expectedGaps = core.queryRunner().runForOrganisation("gaps", Map.of(), evaluation);
            // the evaluation stored beside the profile was made against other reference data (simulated: every control
            // still planned); the store's reference hash is "stale", so the CLI must evaluate the stored profile again
            OrganisationProfile older = new ObjectMapper().findAndRegisterModules().readValue(Files.readString(
                    Path.of("..", "examples", "uk-bank.json")).replace("\"implemented\"", "\"planned\""), OrganisationProfile.class);
            Graph outdated = core.gaps().evaluationGraph(core.gaps().prepare(older));
            assertThat(core.queryRunner().runForOrganisation("gaps", Map.of(), outdated).rows()).isNotEqualTo(expectedGaps.rows());
            store.organisations().update(OrganisationId.of("northgate-bank"), current -> new OrganisationRepository.Version(
                    new dev.crosswalk.organisation.JsonProfileCodec(dev.crosswalk.server.http.Json.mapper()).write(bank), outdated, "create-profile", "test"),
                    new Actor("test", "CLI test"));
        }
        long quadsBefore = quads(dir);

        CliRun crosswalk = run("query", "crosswalk", "-p", "from=iso42001:A.6.2.8", "--data", dir.toString());
        assertThat(crosswalk.code()).as(crosswalk.err()).isZero();
        assertThat(crosswalk.out()).as("the store's title, not the packaged one").contains(title);

        CliRun gaps = run("query", "gaps", "--data", dir.toString(), "--org", "northgate-bank");
        assertThat(gaps.code()).as(gaps.err()).isZero();
        assertThat(expectedGaps.rows()).hasSizeGreaterThan(50);
        List<String> lines = gaps.out().lines().toList();
        assertThat(lines).hasSize(1 + expectedGaps.rows().size());
        assertThat(lines.get(0)).isEqualTo("provision,status");
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(expectedGaps.rows().stream()
                .map(r -> r.get("provision") + "," + r.get("status")).toList());

        Path orgGraphs = Files.createTempFile("org-graphs", ".rq");
        orgGraphs.toFile().deleteOnExit();
        Files.writeString(orgGraphs, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } "
                + "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/crosswalk/org/')) }");
        CliRun rq = run("query", orgGraphs.toString(), "--data", dir.toString());
        assertThat(rq.out()).as("a .rq file sees the store's organisation graphs").isEqualTo("n\r\n2\r\n");

        assertThat(quads(dir)).as("nothing written into the store").isEqualTo(quadsBefore);
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            assertThat(store.references().published().orElseThrow().contentHash()).as("nothing published over the store").isEqualTo("stale");
        }
    }

    @Test
    void queryWithDataRefusesWhatIsNotAStore(@TempDir Path dir) throws Exception {
        CliRun none = run("query", "unmapped", "-p", "framework=eu-ai-act", "--data", dir.toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("No Crosswalk store in " + dir);
        try (var entries = Files.list(dir)) {
            assertThat(entries).as("no database created in the directory").isEmpty();
        }
        CliRun orgWithoutData = run("query", "gaps", "--org", "northgate-bank");
        assertThat(orgWithoutData.code()).isEqualTo(2);
        assertThat(orgWithoutData.err()).contains("--org needs --data");
    }

    private static long quads(Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            DatasetGraph ds = store.dataset();
            return Txn.calculateRead(ds, () -> {
                long n = ds.getDefaultGraph().size();
                for (var it = ds.listGraphNodes(); it.hasNext(); ) n += ds.getGraph(it.next()).size();
                return n;
            });
        }
    }

    @Test
    void helpAndValidateWork() {
        CliRun help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("serve", "validate", "gaps", "soa", "ims-plan");
        CliRun validate = run("validate");
        assertThat(validate.code()).isZero();
        assertThat(validate.out()).startsWith("conforms:");
    }
}
