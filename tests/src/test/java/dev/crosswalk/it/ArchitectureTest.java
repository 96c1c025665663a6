package dev.crosswalk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.stream.Collectors;

/** The architecture rules of docs/architecture.md over the main classes of the reasoner and server modules. */
@AnalyzeClasses(packages = "dev.crosswalk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    static final String ROOT = "dev.crosswalk";

    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.noPackageCycles(ROOT);

    @ArchTest
    static final ArchRule layers = ArchitectureRules.layers(ROOT, false);

    @ArchTest
    static final ArchRule adaptersIndependent = ArchitectureRules.adaptersIndependent(ROOT);

    @ArchTest
    static final ArchRule coreFreeOfHttp = ArchitectureRules.coreFreeOfHttp(ROOT);

    @ArchTest
    static final ArchRule coreFreeOfPersistence = ArchitectureRules.coreFreeOfPersistence(ROOT);

    @ArchTest
    static final ArchRule oneReferenceModel = ArchitectureRules.oneReferenceModel(ROOT);

    @ArchTest
    static final ArchRule routesCallServices = ArchitectureRules.routesCallServices(ROOT);

    @ArchTest
    static final ArchRule restFreeOfRdf = ArchitectureRules.restFreeOfRdf(ROOT);

    @ArchTest
    static final ArchRule bodiesOnlyParseRdf = ArchitectureRules.bodiesOnlyParseRdf(ROOT);

    @ArchTest
    static final ArchRule noStringRelationsStatusesOrEffects = ArchitectureRules.noStringRelationsStatusesOrEffects(ROOT);

    /** The rules see both modules' main classes and none of the test sources (the failing fixture above all). */
    @ArchTest
    static void rulesSeeTheMainClassesOfBothModulesOnly(JavaClasses classes) {
        Set<String> packages = classes.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        assertThat(packages).contains("dev.crosswalk", "dev.crosswalk.kb", "dev.crosswalk.reason", "dev.crosswalk.gap",
                "dev.crosswalk.store", "dev.crosswalk.organisation", "dev.crosswalk.access", "dev.crosswalk.server",
                "dev.crosswalk.server.store", "dev.crosswalk.server.store.tdb2", "dev.crosswalk.server.store.remote", "dev.crosswalk.server.http", "dev.crosswalk.server.rest",
                "dev.crosswalk.server.sparql", "dev.crosswalk.server.cli", "dev.crosswalk.server.report");
        assertThat(packages).noneMatch(p -> p.startsWith("dev.crosswalk.archfixture") || p.equals("dev.crosswalk.it"));
        assertThat(classes.contain("dev.crosswalk.server.http.Limits")).isTrue();
    }
}
