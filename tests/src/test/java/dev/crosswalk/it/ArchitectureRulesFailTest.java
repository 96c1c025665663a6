package dev.crosswalk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules catch what they are meant to: run over dev.crosswalk.archfixture, which copies the two
 * cycles the review found (kb ⇄ reason; server ⇄ server.rest through Limits), a SPARQL class using a REST class, an
 * analysis that copies reference data and opens TDB2, a route that reads the store instead of calling a service, and
 * a gap result carrying its status and relation as strings.
 */
class ArchitectureRulesFailTest {
    static final String FIXTURE = "dev.crosswalk.archfixture";
    static JavaClasses fixture;

    @BeforeAll
    static void importFixture() {
        fixture = new ClassFileImporter().importPackages(FIXTURE);
        assertThat(fixture).hasSize(12);
    }

    @Test
    void noPackageCyclesReportsBothCycles() {
        List<String> details = failures(ArchitectureRules.noPackageCycles(FIXTURE).evaluate(fixture));
        assertThat(details).hasSize(2);
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("Cycle detected: Slice kb -> ").contains("Slice reason -> ")
                .contains("Engine.run()> calls method <" + FIXTURE + ".kb.Assembly.rulesText()>"));
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("Cycle detected: Slice server -> ").contains("Slice server.rest -> ")
                .contains("Context.limits> has type <" + FIXTURE + ".server.Limits>"));
    }

    @Test
    void layersReportTheUpwardDependencies() {
        List<String> details = failures(ArchitectureRules.layers(FIXTURE, true).evaluate(fixture));
        assertThat(details).anySatisfy(d -> assertThat(d).contains("reason.Engine").contains("kb.Assembly"));
        assertThat(details).anySatisfy(d -> assertThat(d).contains("rest.Context").contains(FIXTURE + ".server.Limits"));
        assertThat(details).anySatisfy(d -> assertThat(d).contains("sparql.Filter").contains("rest.Json"));
        assertThat(details).noneSatisfy(d -> assertThat(d).contains("Method <" + FIXTURE + ".kb.Assembly"));
    }

    @Test
    void adaptersIndependentReportsSparqlUsingRest() {
        List<String> details = failures(ArchitectureRules.adaptersIndependent(FIXTURE).evaluate(fixture));
        assertThat(details).anySatisfy(d -> assertThat(d).contains("sparql.Filter").contains("rest.Json"));
    }

    @Test
    void coreFreeOfPersistenceReportsAnAnalysisOpeningTdb2() {
        List<String> details = failures(ArchitectureRules.coreFreeOfPersistence(FIXTURE).evaluate(fixture));
        assertThat(details).hasSize(1).allSatisfy(d -> assertThat(d).contains("gap.Snapshot.open").contains("org.apache.jena.tdb2.TDB2Factory"));
    }

    @Test
    void oneReferenceModelReportsAnAnalysisMakingItsOwnDataset() {
        List<String> details = failures(ArchitectureRules.oneReferenceModel(FIXTURE).evaluate(fixture));
        assertThat(details).hasSize(1);
        assertThat(details.get(0)).contains("gap.Snapshot.copy()").contains("DatasetGraphFactory.createTxnMem()");
    }

    @Test
    void routesCallServicesReportsARouteReadingTheStore() {
        List<String> details = failures(ArchitectureRules.routesCallServices(FIXTURE).evaluate(fixture));
        assertThat(details).anySatisfy(d -> assertThat(d).contains("rest.ProfileRoute").contains("server.store.Tdb2Profiles"));
        assertThat(details).anySatisfy(d -> assertThat(d).contains("rest.ProfileRoute").contains("organisation.ProfileRepository"));
    }

    @Test
    void noStringRelationsStatusesOrEffectsReportsTheStringFields() {
        List<String> details = failures(ArchitectureRules.noStringRelationsStatusesOrEffects(FIXTURE).evaluate(fixture));
        assertThat(details).hasSize(2);
        assertThat(details).anySatisfy(d -> assertThat(d).contains("Field <" + FIXTURE + ".gap.Row.status> has raw type java.lang.String"));
        assertThat(details).anySatisfy(d -> assertThat(d).contains("Field <" + FIXTURE + ".gap.Row.relation> has raw type java.lang.String"));
    }

    private static List<String> failures(EvaluationResult result) {
        assertThat(result.hasViolation()).isTrue();
        List<String> details = result.getFailureReport().getDetails();
        assertThat(details).isNotEmpty();
        return details;
    }
}
