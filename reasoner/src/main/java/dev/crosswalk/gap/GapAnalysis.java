package dev.crosswalk.gap;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.classify.Classification;
import dev.crosswalk.classify.Classifier;
import dev.crosswalk.classify.InvalidInputException;
import dev.crosswalk.classify.Obligation;
import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.mapping.CoverageRule;
import dev.crosswalk.profile.InvalidProfileException;
import dev.crosswalk.profile.OrganisationProfile;
import dev.crosswalk.profile.ProfileValidator;
import dev.crosswalk.validate.ShaclValidator;
import dev.crosswalk.validate.ValidationReport;
import dev.crosswalk.validate.Violation;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;

/**
 * Gap analysis: validates the profile, adds the clauses its certified management systems put in
 * place, lists the applicable requirements, evaluates the gap shapes (ontology/shapes/gaps.shacl.ttl)
 * over profile + requirements + the coverage rule's edges, and builds the report from the results and
 * the effect each shape declares. The shapes run as {@link GapRules} (the same results in Java, no SHACL
 * engine per request); {@link #analyseBySpecification} runs them with RDF4J, the reference the tests compare with.
 */
public final class GapAnalysis {
    private final Catalog catalog;
    private final Classifier classifier;
    private final ProfileValidator profiles;
    private final ShaclValidator gapShapes;
    private final GapRules gapRules;
    private final GapEffects effects;
    private final Graph edges;
    private final Requirements requirements;
    private final CoverageRule rule;
    private final Node referenceContent;

    public GapAnalysis(ReferenceModel data, Catalog catalog, Classifier classifier, CoverageRule rule) {
        this.catalog = catalog;
        this.classifier = classifier;
        this.profiles = new ProfileValidator(data, catalog);
        Graph shapes = data.graphs().get(GraphNames.SHAPES_PREFIX + "gaps");
        this.gapShapes = ShaclValidator.of(shapes);
        this.effects = GapEffects.of(shapes);
        this.requirements = new Requirements(catalog);
        this.rule = rule;
        this.edges = rule.edges();
        this.gapRules = new GapRules(shapes, edges);
        this.referenceContent = NodeFactory.createLiteralString(data.contentHash());
    }

    /**
     * Validates the profile (422 material on failure), adds the clauses its certified management
     * systems put in place, and classifies its AI systems.
     */
    public Prepared prepare(OrganisationProfile profile) {
        Graph graph = profiles.validate(profile);
        addCertifiedClauses(profile, graph);
        List<Classification> classes = new ArrayList<>();
        List<InvalidProfileException.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < profile.aiSystems().size(); i++) {
            try {
                classes.add(classifier.classify(profile.aiSystems().get(i)));
            } catch (InvalidInputException e) {
                errors.add(new InvalidProfileException.FieldError("aiSystems[" + i + "]." + e.field(), e.getMessage()));
            }
        }
        if (!errors.isEmpty()) throw new InvalidProfileException(errors);
        return new Prepared(profile, graph, classes);
    }

    /**
     * Each clause a certificate puts in place is an implemented cw:ControlImplementation of the
     * organisation, cw:certifiedBy its management system, with the certificate as cw:evidence (added
     * to the profile's own entry when it declares the clause implemented).
     */
    private void addCertifiedClauses(OrganisationProfile profile, Graph graph) {
        Node org = G.getOne(graph, Node.ANY, RDF.type.asNode(), CW.node("Organisation")).getSubject();
        List<Node> systems = graph.find(org, CW.node("hasManagementSystem"), Node.ANY).mapWith(Triple::getObject).toList();
        CertifiedClauses.of(profile, catalog).values().forEach(c -> {
            Node ms = systems.stream().filter(n -> graph.contains(n, CW.node("jsonPath"),
                    NodeFactory.createLiteralString("managementSystems[" + c.index() + "]"))).findFirst().orElseThrow();
            Node clause = NodeFactory.createURI(c.clause().iri());
            Node x = graph.find(Node.ANY, CW.node("provision"), clause).mapWith(Triple::getSubject).toList().stream()
                    .filter(n -> graph.contains(org, CW.node("implements"), n)).findFirst()
                    .orElseGet(() -> NodeFactory.createURI(ms.getURI() + "/clause/" + c.clause().iri().substring(c.clause().iri().lastIndexOf('/') + 1)));
            graph.add(Triple.create(org, CW.node("implements"), x));
            graph.add(Triple.create(x, RDF.type.asNode(), CW.node("ControlImplementation")));
            graph.add(Triple.create(x, CW.node("provision"), clause));
            graph.add(Triple.create(x, CW.node("status"), NodeFactory.createLiteralString("implemented")));
            graph.add(Triple.create(x, CW.node("certifiedBy"), ms));
            graph.add(Triple.create(x, CW.node("evidence"), NodeFactory.createLiteralString(c.evidence())));
        });
    }

    /** A validated profile with its graph (certified clauses included) and the classification of each AI system. */
    public record Prepared(OrganisationProfile profile, Graph graph, List<Classification> classifications) {}

    public GapReport analyse(OrganisationProfile profile) {
        return analyse(prepare(profile));
    }

    public GapReport analyse(Prepared prepared) {
        return analyse(prepared, false);
    }

    /** The report with the gap shapes run by RDF4J's SHACL engine: what {@link #analyse} must give, for tests. */
    GapReport analyseBySpecification(Prepared prepared) {
        return analyse(prepared, true);
    }

    /** The gap shapes' results over the prepared profile, by RDF4J ({@code bySpecification}) or by {@link GapRules}. */
    List<Violation> shapeResults(Prepared prepared, boolean bySpecification) {
        return results(gapData(prepared.graph(), requirementsOf(prepared), new LinkedHashMap<>()), bySpecification);
    }

    private GapReport analyse(Prepared prepared, boolean bySpecification) {
        OrganisationProfile profile = prepared.profile();
        Map<String, List<Provision>> byFramework = requirementsOf(prepared);
        Map<String, List<String>> systemsByProvision = new LinkedHashMap<>();
        prepared.classifications().forEach(c -> c.obligations().forEach(o ->
                systemsByProvision.computeIfAbsent(o.provision(), k -> new ArrayList<>()).add(c.id())));

        Map<String, List<Violation>> results = evaluate(prepared.graph(), byFramework, bySpecification);
        StatusBuilder builder = new StatusBuilder(catalog, rule, effects, prepared.graph());

        List<GapReport.FrameworkResult> frameworks = new ArrayList<>();
        Map<String, GapReport.RequirementResult> byRef = new LinkedHashMap<>();
        byFramework.forEach((fw, reqs) -> {
            List<GapReport.RequirementResult> rows = new ArrayList<>();
            for (Provision r : reqs) {
                GapReport.RequirementResult row = builder.row(r, results.getOrDefault(r.iri(), List.of()),
                        systemsByProvision.getOrDefault(r.ref(), List.of()));
                rows.add(row);
                byRef.put(r.ref(), row);
            }
            frameworks.add(Scores.of(fw, rows, requirements.note(fw, reqs)));
        });
        List<GapReport.SystemResult> systems = new ArrayList<>();
        for (int i = 0; i < prepared.classifications().size(); i++) {
            Classification c = prepared.classifications().get(i);
            List<GapReport.ObligationResult> obligations = c.obligations().stream().map(o -> {
                GapReport.RequirementResult row = byRef.get(o.provision());
                return new GapReport.ObligationResult(o.provision(), o.title(), o.appliesFrom(), o.inForce(),
                        row == null ? GapStatus.NOT_ASSESSED : row.status(), row == null ? List.of() : row.coveredBy());
            }).toList();
            systems.add(new GapReport.SystemResult(c.id(), profile.aiSystems().get(i).name(), c.role(), c.effectiveRole(), c.riskCategory(),
                    c.basis(), obligations));
        }
        int count = results.values().stream().mapToInt(List::size).sum();
        return new GapReport(profile.organisation().id(), profile.organisation().name(), frameworks, systems,
                "ontology/shapes/gaps.shacl.ttl", count);
    }

    /** The node an evaluation graph states the reference data it was evaluated against on. */
    private static final Node EVALUATION = NodeFactory.createURI("urn:crosswalk:evaluation");

    /**
     * Whether {@code evaluation} was made against this analysis's reference data: a stored one made
     * before an import changed the data is evaluated again rather than answered from.
     */
    public boolean isCurrent(Graph evaluation) {
        return evaluation.contains(EVALUATION, CW.contentHash.asNode(), referenceContent);
    }

    /**
     * The graph the gap shapes run over (profile, requirements linked to the organisation, mapping
     * edges): what a stored organisation keeps so that queries/gaps.rq answers the same.
     */
    public Graph evaluationGraph(Prepared prepared) {
        Graph out = GraphFactory.createDefaultGraph();
        prepared.graph().find().forEach(out::add);
        edges.find().forEach(out::add);
        addRequirements(out, organisation(prepared.graph()), requirementsOf(prepared), new LinkedHashMap<>());
        out.add(Triple.create(EVALUATION, CW.contentHash.asNode(), referenceContent));
        // the classifier's answer per AI system, so queries/obligations.rq can read it back
        int n = 0;
        for (Classification c : prepared.classifications()) {
            Node system = prepared.graph().find(Node.ANY, org.apache.jena.vocabulary.DCTerms.identifier.asNode(),
                    NodeFactory.createLiteralString(c.id())).toList().stream().map(Triple::getSubject)
                    .filter(x -> prepared.graph().contains(x, RDF.type.asNode(), CW.node("AiSystemEntry"))).findFirst().orElseThrow();
            out.add(Triple.create(system, CW.node("riskCategory"), NodeFactory.createLiteralString(c.riskCategory())));
            for (Obligation o : c.obligations()) {
                Node ob = NodeFactory.createURI("urn:crosswalk:obligation:" + (n++));
                out.add(Triple.create(ob, RDF.type.asNode(), CW.node("Obligation")));
                out.add(Triple.create(ob, CW.node("ofAiSystem"), system));
                out.add(Triple.create(ob, CW.node("provision"), NodeFactory.createURI(catalog.require(o.provision()).iri())));
                if (o.appliesFrom() != null) {
                    out.add(Triple.create(ob, CW.node("appliesFrom"), NodeFactory.createLiteralDT(o.appliesFrom().toString(),
                            org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)));
                }
            }
        }
        return out;
    }

    private Map<String, List<Provision>> requirementsOf(Prepared prepared) {
        Map<String, List<Provision>> byFramework = new LinkedHashMap<>();
        OrganisationProfile profile = prepared.profile();
        if (profile.inScope("iso42001")) byFramework.put("iso42001", requirements.iso42001());
        if (profile.inScope("eu-ai-act")) {
            // in first-seen order; a set, as a list's contains made this quadratic in the number of AI systems
            Set<String> refs = new LinkedHashSet<>();
            prepared.classifications().forEach(c -> c.obligations().forEach(o -> refs.add(o.provision())));
            Set<Provision> ai = new LinkedHashSet<>();
            refs.forEach(ref -> ai.add(catalog.require(ref)));
            byFramework.put("eu-ai-act", new ArrayList<>(ai));
        }
        if (requirements.ukApplies(profile)) byFramework.put("uk-fca", requirements.ukFca());
        for (String fw : Requirements.MODEL_AND_AI_RISK) if (profile.inScope(fw)) byFramework.put(fw, requirements.leaves(fw));
        return byFramework;
    }

    /** Runs the gap shapes; results grouped by requirement provision IRI. */
    private Map<String, List<Violation>> evaluate(Graph profileGraph, Map<String, List<Provision>> byFramework, boolean bySpecification) {
        Map<String, String> requirementToProvision = new LinkedHashMap<>();
        Graph data = gapData(profileGraph, byFramework, requirementToProvision);
        Map<String, List<Violation>> out = new LinkedHashMap<>();
        for (Violation v : results(data, bySpecification)) {
            String provision = requirementToProvision.get(v.focusNode());
            if (provision != null) out.computeIfAbsent(provision, k -> new ArrayList<>()).add(v);
        }
        return out;
    }

    private List<Violation> results(Graph data, boolean bySpecification) {
        return bySpecification ? gapShapes.validate(data, edges).violations() : gapRules.evaluate(data);
    }

    /**
     * What the gap shapes validate besides the edges: the profile without its AI system entries (no gap shape reads
     * one, so the shapes' work does not grow with the systems; the stored evaluation graph keeps them, queries read
     * them) and the requirements linked to the organisation.
     */
    private Graph gapData(Graph profileGraph, Map<String, List<Provision>> byFramework, Map<String, String> requirementToProvision) {
        Graph data = GraphFactory.createDefaultGraph();
        Set<Node> systems = profileGraph.find(Node.ANY, RDF.type.asNode(), CW.node("AiSystemEntry")).mapWith(Triple::getSubject).toSet();
        profileGraph.find().forEach(t -> {
            if (!systems.contains(t.getSubject()) && !systems.contains(t.getObject())) data.add(t);
        });
        addRequirements(data, organisation(profileGraph), byFramework, requirementToProvision);
        return data;
    }

    /** One cw:Requirement per distinct provision, numbered in framework order; {@code requirementToProvision} receives the names. */
    private static void addRequirements(Graph data, Node org, Map<String, List<Provision>> byFramework,
                                        Map<String, String> requirementToProvision) {
        int n = 0;
        for (List<Provision> reqs : byFramework.values()) {
            for (Provision r : reqs) {
                Node req = NodeFactory.createURI("urn:crosswalk:requirement:" + (n++));
                if (requirementToProvision.containsValue(r.iri())) continue;
                requirementToProvision.put(req.getURI(), r.iri());
                data.add(Triple.create(req, RDF.type.asNode(), CW.node("Requirement")));
                data.add(Triple.create(req, CW.node("provision"), NodeFactory.createURI(r.iri())));
                data.add(Triple.create(req, CW.node("requirementOf"), org));
            }
        }
    }

    private static Node organisation(Graph profileGraph) {
        return G.getOne(profileGraph, Node.ANY, RDF.type.asNode(), CW.node("Organisation")).getSubject();
    }
}
