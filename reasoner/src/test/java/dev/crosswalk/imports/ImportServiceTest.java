package dev.crosswalk.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.catalog.Framework;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.gap.GapReport;
import dev.crosswalk.kb.DataSource;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.kb.ReferencePipeline;
import dev.crosswalk.lookup.MappingEdge;
import dev.crosswalk.lookup.MappingSetSummary;
import dev.crosswalk.profile.OrganisationProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Imports read, validate, store and publish a user's framework or mapping set; a bad file is refused whole, with lines. */
class ImportServiceTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "imports");
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static ReferenceModel packaged;

    private MemoryImports repository;
    private AtomicReference<ReferenceModel> current;
    private ImportService service;

    @BeforeAll
    static void loadPackaged() {
        packaged = ReferencePipeline.of(DataSource.classpath()).run();
    }

    @BeforeEach
    void fresh() {
        repository = new MemoryImports();
        current = new AtomicReference<>(packaged);
        service = new ImportService(repository, DataSource.classpath(), current::get, current::set, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static byte[] example(String name) throws IOException {
        return Files.readAllBytes(EXAMPLES.resolve(name));
    }

    private void importBankControls() throws IOException {
        service.importFramework(ImportScope.PUBLIC, ImportFormat.CSV, "bank-controls", "Bank AI control library", "bank-controls.csv",
                example("bank-controls.csv"), "admin");
    }

    @Test
    void anotherServiceSharingTheStoreCatchesUpWhenItRefreshes() throws IOException {
        AtomicReference<ReferenceModel> otherModel = new AtomicReference<>(packaged);
        ImportService other = new ImportService(repository, DataSource.classpath(), otherModel::get, otherModel::set,
                Clock.fixed(NOW, ZoneOffset.UTC), List.of());
        ImportScope bank = ImportScope.of("refresh-bank");
        assertThat(other.model(bank).catalog().framework("bank-controls")).isEmpty();
        assertThat(other.refresh()).as("nothing stored yet").isFalse();

        importBankControls();
        service.importFramework(bank, ImportFormat.OSCAL_CATALOG, "vendor-controls", "Vendor controls", "vendor-controls.oscal.json",
                example("vendor-controls.oscal.json"), "Dana");
        assertThat(otherModel.get().catalog().framework("bank-controls")).as("not seen before it looks").isEmpty();

        assertThat(other.refresh()).isTrue();
        assertThat(otherModel.get().catalog().framework("bank-controls")).isPresent();
        assertThat(other.model(bank).catalog().framework("vendor-controls")).as("the organisation's own import too").isPresent();
        assertThat(other.model(ImportScope.of("another-bank")).catalog().framework("vendor-controls")).isEmpty();
        assertThat(other.refresh()).as("caught up").isFalse();

        service.delete(bank, ImportKind.FRAMEWORK, "vendor-controls");
        assertThat(other.refresh()).as("a private change does not rebuild the public model").isFalse();
        assertThat(other.model(bank).catalog().framework("vendor-controls")).isEmpty();
        assertThat(other.model(bank).catalog().framework("bank-controls")).isPresent();
    }

    @Test
    void aCsvFrameworkBecomesACatalogAttributedToItsImporter() throws IOException {
        importBankControls();
        ReferenceModel model = current.get();
        Framework f = model.catalog().requireFramework("bank-controls");
        assertThat(f.provisionCount()).isEqualTo(5);
        assertThat(f.title()).isEqualTo("Bank AI control library");
        assertThat(f.imported()).isNotNull();
        assertThat(f.imported().by()).isEqualTo("admin");
        assertThat(f.imported().file()).isEqualTo("bank-controls.csv");
        assertThat(f.imported().at()).isEqualTo("2026-12-06T10:00:00Z");
        assertThat(f.iri()).isEqualTo("https://w3id.org/crosswalk/id/bank-controls");

        Provision policy = model.catalog().require("bank-controls:BC-1.1");
        assertThat(policy.iri()).isEqualTo("https://w3id.org/crosswalk/id/bank-controls/BC-1.1");
        assertThat(policy.title()).isEqualTo("AI policy");
        assertThat(policy.paraphrase()).startsWith("The board approves a policy");
        assertThat(policy.parentIri()).isEqualTo("https://w3id.org/crosswalk/id/bank-controls/BC-1");
        assertThat(policy.source()).isEqualTo("https://bank.example/controls/bc-1.1");
        assertThat(policy.confidence()).isEqualTo(1.0);
        assertThat(policy.notes()).singleElement().asString().contains("Imported by admin from bank-controls.csv");
        // a quoted title with commas, and a provision without a source of its own points at its import
        Provision roles = model.catalog().require("bank-controls:BC-1.2");
        assertThat(roles.title()).isEqualTo("Roles, owners and deputies");
        assertThat(roles.source()).isEqualTo("https://w3id.org/crosswalk/import/framework/bank-controls");
        assertThat(model.catalog().children(model.catalog().require("bank-controls:BC-1"))).hasSize(2);

        assertThat(repository.list(ImportScope.PUBLIC)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(ImportKind.FRAMEWORK);
            assertThat(s.content()).startsWith("id,title,parent,paraphrase,source");
        });
        assertThat(model.contentHash()).as("the import joins the content hash").isNotEqualTo(packaged.contentHash());
    }

    @Test
    void aBadCsvIsRefusedWholeWithEveryProblemAtItsLineAndColumn() {
        String csv = """
                source,id,title,parent,paraphrase
                https://bank.example/a,A,Alpha,,"A paraphrase long enough to pass the shape's twenty characters."
                https://bank.example/b,B,Beta,A,Too short.
                https://bank.example/c,C,Gamma,Z,"Names a parent that the file does not have, which is refused."
                https://bank.example/d,A,Delta,,"Repeats the id of the first provision, which is refused as well."
                not an iri,E,,,"Has no title and a source that is no IRI; both are reported."
                "https://bank.example/f","F","Multi
                line title",,"A quoted cell may hold a line break; the next record's line still counts right."
                https://bank.example/g,G/1,Gee,F,short
                """;
        assertThatThrownBy(() -> service.importFramework(ImportScope.PUBLIC, ImportFormat.CSV, "bad-lib", "Bad library", "bad.csv",
                csv.getBytes(StandardCharsets.UTF_8), "admin"))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.line() + ":" + p.column() + " " + p.message().substring(0, Math.min(40, p.message().length())))
                        .containsExactly(
                                "3:5 A provision has exactly one paraphrase o",
                                "4:4 parent 'Z' is not an id of this file.",
                                "5:2 id 'A' is used on line 2 too.",
                                "6:1 source 'not an iri' is not an absolute I",
                                "6:3 A provision has exactly one title (skos:",
                                "9:5 A provision has exactly one paraphrase o"));
        assertThat(repository.stored).as("nothing stored").isEmpty();
        assertThat(current.get()).as("the running model is untouched").isSameAs(packaged);
    }

    @Test
    void aHeaderWithoutTheColumnsIsRefusedAtLineOne() {
        byte[] csv = "id,name,parent\nA,Alpha,\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> service.importFramework(ImportScope.PUBLIC, ImportFormat.CSV, "bad-lib", "Bad", "bad.csv", csv, "admin"))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.line() + ":" + p.column() + " " + p.message())
                        .containsExactly("1:2 Unknown column 'name': the header is id,title,parent,paraphrase,source.",
                                "1:null Missing column(s) title, paraphrase, source: the header is id,title,parent,paraphrase,source."));
    }

    @Test
    void anIdOfThePackagedDataOrABadIdIsRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> service.importFramework(ImportScope.PUBLIC, ImportFormat.CSV, "iso42001", "Mine", "x.csv",
                "id,title,parent,paraphrase,source\n".getBytes(StandardCharsets.UTF_8), "admin"))
                .isInstanceOf(ImportConflictException.class).hasMessageContaining("'iso42001' is taken by the reference data");
        // the graph name of a packaged catalog file that is no framework id
        assertThatThrownBy(() -> service.importFramework(ImportScope.PUBLIC, ImportFormat.CSV, "eu-ai-act-detail", "Mine", "x.csv",
                "id,title,parent,paraphrase,source\n".getBytes(StandardCharsets.UTF_8), "admin"))
                .isInstanceOf(ImportConflictException.class);
        assertThatThrownBy(() -> service.importFramework(ImportScope.PUBLIC, ImportFormat.CSV, "Bank Controls", "Mine", "x.csv",
                "id\n".getBytes(StandardCharsets.UTF_8), "admin"))
                .isInstanceOf(InvalidImportRequestException.class).hasMessageContaining("lower-case letters");
        assertThatThrownBy(() -> service.importFramework(ImportScope.PUBLIC, ImportFormat.CSV, "mine", " ", "x.csv",
                "id\n".getBytes(StandardCharsets.UTF_8), "admin"))
                .isInstanceOf(InvalidImportRequestException.class).hasMessageContaining("title");
        assertThat(repository.stored).isEmpty();
    }

    @Test
    void anOscalCatalogBecomesAFrameworkWithItsGroupsAndNestedControls() throws IOException {
        service.importFramework(ImportScope.PUBLIC, ImportFormat.OSCAL_CATALOG, "vendor-controls", "Vendor AI assurance controls",
                "vendor-controls.oscal.json", example("vendor-controls.oscal.json"), "admin");
        var catalog = current.get().catalog();
        assertThat(catalog.requireFramework("vendor-controls").provisionCount()).isEqualTo(5);
        assertThat(catalog.requireFramework("vendor-controls").source()).isEqualTo("urn:uuid:5d2c8a4e-3b1f-4c8e-9a7d-2f6b1e0c9a11");
        Provision owner = catalog.require("vendor-controls:GOV-1");
        assertThat(owner.iri()).isEqualTo("https://w3id.org/crosswalk/id/vendor-controls/gov-1");
        assertThat(owner.paraphrase()).isEqualTo("The vendor names one person accountable for each AI system it supplies.");
        assertThat(owner.source()).as("a back-matter link").isEqualTo("https://vendor.example/assurance/handbook");
        assertThat(owner.parentIri()).isEqualTo("https://w3id.org/crosswalk/id/vendor-controls/gov");
        assertThat(catalog.require("vendor-controls:GOV-1.1").parentIri()).isEqualTo(owner.iri());
        assertThat(catalog.require("vendor-controls:GOV-1.1").paraphrase()).startsWith("A deputy is named");
        assertThat(catalog.require("vendor-controls:OPS-1").paraphrase())
                .isEqualTo("The vendor tells the customer before it changes a model: at least thirty days ahead for a retrained model.");
        assertThat(catalog.require("vendor-controls:gov").paraphrase()).isEqualTo("Groups the controls of Governance.");
    }

    @Test
    void anOscalControlWithoutAnIdIsReportedAtItsLine() {
        String json = """
                {"catalog": {"uuid": "5d2c8a4e-3b1f-4c8e-9a7d-2f6b1e0c9a11",
                  "controls": [
                    {"id": "c-1", "title": "One", "props": [{"name": "paraphrase", "value": "A control with everything it needs to load."}]},
                    {"title": "No id"},
                    {"id": "c-3", "title": "Three", "props": [{"name": "paraphrase", "value": "short"}]}
                  ]}}
                """;
        assertThatThrownBy(() -> service.importFramework(ImportScope.PUBLIC, ImportFormat.OSCAL_CATALOG, "oscal-bad", "Bad", "bad.json",
                json.getBytes(StandardCharsets.UTF_8), "admin"))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.line() + ":" + p.column() + " " + p.message().substring(0, 30))
                        .containsExactly("4:null A control ('No id') has no id:", "5:null A provision has exactly one pa"));
        assertThatThrownBy(() -> service.importFramework(ImportScope.PUBLIC, ImportFormat.OSCAL_CATALOG, "oscal-bad", "Bad", "bad.json",
                "{\"catalog\": {\n  \"controls\": [,]}}".getBytes(StandardCharsets.UTF_8), "admin"))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.line()).isEqualTo(2);
                            assertThat(p.column()).isNotNull();
                            assertThat(p.message()).startsWith("Not readable as JSON");
                        }));
        assertThat(repository.stored).isEmpty();
    }

    @Test
    void anImportedMappingSetTakesPartInLookupsAndGapAnalysis() throws IOException {
        importBankControls();
        service.importMappingSet(ImportScope.PUBLIC, "bank-controls-iso42001.sssom.tsv", example("bank-controls-iso42001.sssom.tsv"), "admin");
        assertThat(repository.list(ImportScope.PUBLIC)).extracting(ImportedSource::id).containsExactly("bank-controls", "bank-controls-iso42001");
        try (Crosswalk core = Crosswalk.of(current.get(), DataSource.classpath())) {
            MappingSetSummary set = core.mappingSets().stream().filter(s -> s.id().equals("bank-controls-iso42001")).findFirst().orElseThrow();
            assertThat(set.from()).isEqualTo("bank-controls");
            assertThat(set.to()).isEqualTo("iso42001");
            assertThat(set.rows()).isEqualTo(3);
            assertThat(set.iri()).isEqualTo("https://bank.example/mappings/bank-controls-iso42001");
            assertThat(set.imported().by()).isEqualTo("admin");
            assertThat(set.imported().file()).isEqualTo("bank-controls-iso42001.sssom.tsv");

            List<MappingEdge> direct = core.lookup().direct(core.catalog().require("bank-controls:BC-1.1"), "iso42001", 1);
            assertThat(direct).extracting(m -> m.to() + " " + m.relation().label()).containsExactly("iso42001:5.2 equal");

            OrganisationProfile bank = new OrganisationProfile(
                    new OrganisationProfile.Organisation("northgate-bank", "Northgate Bank", "financial-services", List.of("UK"), false),
                    List.of(), new OrganisationProfile.Scope(List.of("iso42001")), List.of(),
                    List.of(new OrganisationProfile.ControlStatus("bank-controls:BC-1.1", "implemented", "Board-approved policy", List.of())));
            GapReport report = core.gaps().analyse(bank);
            var policy = report.frameworks().get(0).requirements().stream().filter(r -> r.provision().equals("iso42001:5.2")).findFirst().orElseThrow();
            assertThat(policy.status().label()).isEqualTo("covered");
            assertThat(policy.coveredBy()).extracting(c -> c.control()).contains("bank-controls:BC-1.1");
        }
    }

    @Test
    void aBadMappingRowIsReportedAtItsLineAndColumnAndNothingIsStored() throws IOException {
        importBankControls();
        ReferenceModel before = current.get();
        String tsv = new String(example("bank-controls-iso42001.sssom.tsv"), StandardCharsets.UTF_8)
                .replace("\t8\tBoth ask", "\teight\tBoth ask")
                .replace("iso42001:A.4.2\tResource documentation", "iso42001:A.99\t");
        assertThatThrownBy(() -> service.importMappingSet(ImportScope.PUBLIC, "set.sssom.tsv", tsv.getBytes(StandardCharsets.UTF_8), "admin"))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.line() + ":" + p.column() + " " + p.message().substring(0, 30))
                        .containsExactly("29:11 strength must be an integer fr", "30:4 object_id is missing or is not"));
        assertThat(repository.list(ImportScope.PUBLIC)).extracting(ImportedSource::id).containsExactly("bank-controls");
        assertThat(current.get()).isSameAs(before);
    }

    @Test
    void deletingRefusesPackagedDataAndFrameworksStillMappedThenRemoves() throws IOException {
        assertThatThrownBy(() -> service.delete(ImportScope.PUBLIC, ImportKind.FRAMEWORK, "iso42001"))
                .isInstanceOf(ImportConflictException.class).hasMessageContaining("packaged reference data cannot be deleted");
        assertThatThrownBy(() -> service.delete(ImportScope.PUBLIC, ImportKind.MAPPING_SET, "iso42001-iso27001"))
                .isInstanceOf(ImportConflictException.class);
        assertThatThrownBy(() -> service.delete(ImportScope.PUBLIC, ImportKind.FRAMEWORK, "nothing-here"))
                .isInstanceOf(UnknownImportException.class);
        importBankControls();
        service.importMappingSet(ImportScope.PUBLIC, "set.sssom.tsv", example("bank-controls-iso42001.sssom.tsv"), "admin");
        assertThatThrownBy(() -> service.delete(ImportScope.PUBLIC, ImportKind.FRAMEWORK, "bank-controls"))
                .isInstanceOf(ImportConflictException.class).hasMessageContaining("'bank-controls-iso42001'");
        assertThat(repository.list(ImportScope.PUBLIC)).hasSize(2);
        service.delete(ImportScope.PUBLIC, ImportKind.MAPPING_SET, "bank-controls-iso42001");
        service.delete(ImportScope.PUBLIC, ImportKind.FRAMEWORK, "bank-controls");
        assertThat(repository.list(ImportScope.PUBLIC)).isEmpty();
        assertThat(current.get().catalog().framework("bank-controls")).isEmpty();
        assertThat(current.get().contentHash()).as("back to the packaged data alone").isEqualTo(packaged.contentHash());
    }

    @Test
    void aPrivateImportJoinsOnlyItsOrganisationsModelAndGuardsItsIds() throws IOException {
        importBankControls();
        ImportScope acme = ImportScope.of("acme");
        service.importMappingSet(acme, "set.sssom.tsv", example("bank-controls-iso42001.sssom.tsv"), "Alice (key/0123456789abcdef)");
        ReferenceModel own = service.model(acme);
        assertThat(service.model(acme)).as("kept, not built again").isSameAs(own);
        assertThat(own.graph("https://w3id.org/crosswalk/graph/mappings/bank-controls-iso42001")).isPresent();
        assertThat(current.get().graph("https://w3id.org/crosswalk/graph/mappings/bank-controls-iso42001")).as("not public").isEmpty();
        assertThat(service.model(ImportScope.of("other"))).as("another organisation sees the public model").isSameAs(current.get());
        assertThat(repository.list(acme)).extracting(ImportedSource::importedBy).containsExactly("Alice (key/0123456789abcdef)");

        assertThatThrownBy(() -> service.delete(ImportScope.PUBLIC, ImportKind.FRAMEWORK, "bank-controls"))
                .isInstanceOf(ImportConflictException.class).hasMessageContaining("'bank-controls-iso42001' (organisation acme)");
        assertThatThrownBy(() -> service.importMappingSet(ImportScope.PUBLIC, "set.sssom.tsv", example("bank-controls-iso42001.sssom.tsv"), "admin"))
                .isInstanceOf(ImportConflictException.class).hasMessageContaining("private import of organisation 'acme'");
        assertThatThrownBy(() -> service.importFramework(acme, ImportFormat.CSV, "bank-controls", "Mine", "x.csv",
                example("bank-controls.csv"), "Alice")).isInstanceOf(ImportConflictException.class).hasMessageContaining("public import");
        assertThatThrownBy(() -> service.delete(acme, ImportKind.FRAMEWORK, "bank-controls"))
                .isInstanceOf(ImportConflictException.class).hasMessageContaining("not one of organisation acme's imports");
        service.delete(acme, ImportKind.MAPPING_SET, "bank-controls-iso42001");
        assertThat(service.model(acme)).as("nothing private left: the public model").isSameAs(current.get());
    }
}
