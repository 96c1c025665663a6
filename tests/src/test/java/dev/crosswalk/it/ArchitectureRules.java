package dev.crosswalk.it;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;

/**
 * The intended structure of Crosswalk (docs/architecture.md) as ArchUnit rules over the packages below a root:
 * {@code dev.crosswalk} for the real code, a fixture root for the test that proves the rules can fail.
 */
final class ArchitectureRules {
    /** The HTTP stack: none of it in the core library. */
    static final String[] HTTP = {"io.javalin..", "org.eclipse.jetty..", "org.apache.jena.fuseki..", "jakarta.servlet.."};

    private ArchitectureRules() {}

    /**
     * No two packages below {@code root} depend on each other, directly or through others: one slice per package
     * ({@code (**)} captures the whole rest of the name, so {@code server} and {@code server.rest} are different slices).
     * The root package itself (the {@code Crosswalk} facade) is no slice here; the layer rule keeps everything below it
     * from using it.
     */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    /**
     * The one-way flow, written as what each layer may use: data model ← engines ← assembly ← analyses ← core facade
     * ← adapters. Imports (a user's own framework or mapping set) read files into graphs the assembly validates with
     * the packaged data; the application ports, the facade and the edges use them. The application services (organisations, API keys) and the ports they store through sit above the
     * analyses and beside the facade; the persistence adapters (TDB2, remote SPARQL) live in {@code server.store},
     * outside the core, and only the composition root (server, CLI) reaches them. The exchange formats read the model
     * and the analyses' lookups and never the facade; {@code server.export} is the one place they meet it, for REST and
     * the CLI alike. The HTTP adapters share only
     * {@code server.http}; the server composition wires them; the CLI sits on top.
     */
    static ArchRule layers(String root, boolean optional) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()  // a new package must be given a layer, not slip past the rule
                .withOptionalLayers(optional)
                .layer("Model").definedBy(root + ".vocab..", root + ".catalog..", root + ".mapping..")
                .layer("Engines").definedBy(root + ".reason..", root + ".validate..")
                .layer("Assembly").definedBy(root + ".kb..")
                .layer("Imports").definedBy(root + ".imports..")
                .layer("Analyses").definedBy(root + ".lookup..", root + ".classify..", root + ".gap..", root + ".presumption..",
                        root + ".query..", root + ".profile..", root + ".suggest..", root + ".change..", root + ".calendar..", root + ".search..")
                .layer("Exchange").definedBy(root + ".exchange..")
                .layer("Application").definedBy(root + ".organisation..", root + ".access..", root + ".store..")
                .layer("Facade").definedBy(root)
                .layer("Persistence").definedBy(root + ".server.store..")
                .layer("Http").definedBy(root + ".server.http..")
                .layer("Rendering").definedBy(root + ".server.report..")
                .layer("Export").definedBy(root + ".server.export..")
                .layer("Rest").definedBy(root + ".server.rest..")
                .layer("Sparql").definedBy(root + ".server.sparql..")
                .layer("Web").definedBy(root + ".server.web..")
                .layer("Server").definedBy(root + ".server")
                .layer("Cli").definedBy(root + ".server.cli..")

                .whereLayer("Model").mayNotAccessAnyLayer()
                .whereLayer("Engines").mayOnlyAccessLayers("Model")
                .whereLayer("Assembly").mayOnlyAccessLayers("Model", "Engines")
                .whereLayer("Imports").mayOnlyAccessLayers("Model", "Engines", "Assembly")
                .whereLayer("Analyses").mayOnlyAccessLayers("Model", "Engines", "Assembly")
                .whereLayer("Exchange").mayOnlyAccessLayers("Model", "Analyses")
                .whereLayer("Application").mayOnlyAccessLayers("Model", "Analyses", "Imports")
                .whereLayer("Facade").mayOnlyAccessLayers("Model", "Engines", "Assembly", "Analyses", "Imports")
                .whereLayer("Persistence").mayOnlyAccessLayers("Model", "Assembly", "Application", "Imports")
                .whereLayer("Http").mayNotAccessAnyLayer()
                .whereLayer("Rendering").mayOnlyAccessLayers("Model", "Analyses", "Exchange")
                .whereLayer("Export").mayOnlyAccessLayers("Model", "Analyses", "Exchange", "Facade", "Rendering")
                .whereLayer("Rest").mayOnlyAccessLayers("Model", "Analyses", "Exchange", "Application", "Imports", "Facade", "Http",
                        "Rendering", "Export")
                .whereLayer("Sparql").mayOnlyAccessLayers("Http")
                .whereLayer("Web").mayOnlyAccessLayers("Http")
                .whereLayer("Server").mayOnlyAccessLayers("Assembly", "Imports", "Application", "Facade", "Persistence", "Http", "Rest",
                        "Sparql", "Web")
                .whereLayer("Cli").mayOnlyAccessLayers("Model", "Assembly", "Imports", "Analyses", "Exchange", "Application", "Facade",
                        "Persistence", "Http", "Rendering", "Export", "Server")
                .because("reference data flows one way: catalogs and mappings are assembled, reasoned over, analysed, then served");
    }

    /**
     * The core library (everything outside {@code server}) uses no persistence technology: no TDB2, no HTTP client, no
     * remote SPARQL connection. It declares ports; the adapters in {@code server.store} implement them.
     */
    static ArchRule coreFreeOfPersistence(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".server..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena.tdb2..", "org.apache.jena.dboe..",
                        "org.apache.jena.rdfconnection..", "org.apache.jena.sparql.exec.http..", "java.net.http..")
                .because("persistence stays out of the core library: ports in the core, one adapter per backend outside it");
    }

    /**
     * The reference data exists once: outside the assembly (and the store adapters, which read what a store holds)
     * nobody builds a transactional in-memory dataset, a union of graphs or a model of published graphs.
     */
    static ArchRule oneReferenceModel(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + ".kb..", root + ".server.store..").and().doNotHaveSimpleName("StoreServer")
                .should().callMethod(org.apache.jena.sparql.core.DatasetGraphFactory.class, "createTxnMem")
                .orShould().callMethod(org.apache.jena.sparql.core.DatasetGraphFactory.class, "create")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.jena.graph.compose.MultiUnion")
                .because("the analyses, the public endpoint and the named-query runner read views of one ReferenceModel");
    }

    /**
     * Routes parse, call an application service or an analysis, and render: no store adapter and no repository port
     * (the organisation service owns the read-modify-validate-write workflow).
     */
    static ArchRule routesCallServices(String root) {
        return noClasses().that().resideInAPackage(root + ".server.rest..")
                .should().dependOnClassesThat().resideInAPackage(root + ".server.store..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .because("the stored-profile workflow belongs to the organisation service, not to a route");
    }

    /** The adapters (REST, SPARQL, CLI) never use one another; what they share lives in {@code server.http}. */
    static ArchRule adaptersIndependent(String root) {
        return slices().assignedFrom(new Adapters(root, List.of("rest", "sparql", "cli", "web"))).should().notDependOnEachOther();
    }

    /** The core library (everything below the root outside {@code server}) knows nothing of HTTP. */
    static ArchRule coreFreeOfHttp(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".server..")
                .should().dependOnClassesThat().resideInAnyPackage(HTTP)
                .because("the core is a library: the CLI and tests use it without a web server");
    }

    /**
     * REST classes parse, call the core and render: no Jena or RDF4J at all. The one exception is {@code Bodies}, the
     * request-body reader, which parses Turtle and JSON-LD profiles (RIOT into a plain graph) before the core reads them.
     */
    static ArchRule restFreeOfRdf(String root) {
        return noClasses().that().resideInAPackage(root + ".server.rest..").and().doNotHaveSimpleName("Bodies")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena..", "org.eclipse.rdf4j..")
                .because("analysis logic belongs in the core; routes only parse, call and render");
    }

    /** {@code Bodies} may parse RDF into a graph, nothing more: no models, queries, SHACL, rules or RDF4J. */
    static ArchRule bodiesOnlyParseRdf(String root) {
        return noClasses().that().resideInAPackage(root + ".server.rest..").and().haveSimpleName("Bodies")
                .should().dependOnClassesThat(resideInAnyPackage("org.apache.jena..", "org.eclipse.rdf4j..")
                        .and(not(resideInAnyPackage("org.apache.jena.riot..")))
                        .and(not(HasName.Predicates.name("org.apache.jena.graph.Graph")))
                        .and(not(HasName.Predicates.name("org.apache.jena.sparql.graph.GraphFactory"))))
                .because("reading a Turtle or JSON-LD body is the edge's job, interpreting it is the core's");
    }

    /**
     * Relations, statuses and effects in the model's and the analyses' results are enums (serialised as their tokens),
     * never strings: no field or record component named {@code relation}, {@code assertedRelation}, {@code status} or
     * {@code effect} there is a {@code String}. The organisation profile is input and stays out: its control statuses
     * are the organisation's words, which profile.shacl.ttl checks field by field.
     */
    static ArchRule noStringRelationsStatusesOrEffects(String root) {
        return noFields().that().areDeclaredInClassesThat().resideInAnyPackage(root + ".mapping..", root + ".lookup..",
                        root + ".classify..", root + ".gap..", root + ".presumption..", root + ".query..")
                .and().haveNameMatching("relation|assertedRelation|status|effect")
                .should().haveRawType(String.class)
                .because("a closed set of tokens is an enum: the compiler, not a string switch, knows every value");
    }

    /** The adapter packages {@code root.server.<name>..}, one slice each; everything else is ignored. */
    private record Adapters(String root, List<String> names) implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            for (String n : names) {
                String p = root + ".server." + n;
                if (c.getPackageName().equals(p) || c.getPackageName().startsWith(p + ".")) return SliceIdentifier.of(n);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the adapters " + names + " below " + root + ".server";
        }
    }
}
