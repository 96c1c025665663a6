package dev.crosswalk.profile;

import java.util.Optional;
import org.apache.jena.system.G;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.validate.ShaclValidator;
import dev.crosswalk.validate.ValidationReport;
import dev.crosswalk.validate.Violation;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/** Validates a profile with ontology/shapes/profile.shacl.ttl (RDF4J) and reports violations by JSON field. */
public final class ProfileValidator {
    private final Catalog catalog;
    private final ShaclValidator shapes;
    /** The same shapes without the AI-system duplicate-id constraint: for a profile whose ids are all distinct. */
    private final ShaclValidator shapesForDistinctIds;
    private final Graph provisionTypes;

    public ProfileValidator(ReferenceModel data, Catalog catalog) {
        this.catalog = catalog;
        Graph shapesGraph = data.graphs().get(GraphNames.SHAPES_PREFIX + "profile");
        this.shapes = ShaclValidator.of(shapesGraph);
        this.shapesForDistinctIds = withoutDuplicateIdCheck(shapesGraph).map(ShaclValidator::of).orElse(shapes);
        // just enough of the catalog for sh:class cw:Provision: one type triple per provision
        this.provisionTypes = GraphFactory.createDefaultGraph();
        Node provision = CW.Provision.asNode();
        catalog.frameworks().forEach(f -> catalog.provisions(f.id()).forEach(p ->
                provisionTypes.add(org.apache.jena.graph.Triple.create(NodeFactory.createURI(p.iri()), RDF.type.asNode(), provision))));
    }

    /** The profile's graph when valid; {@link InvalidProfileException} with every violation otherwise. */
    public Graph validate(OrganisationProfile profile) {
        List<InvalidProfileException.FieldError> errors = new ArrayList<>();
        if (profile.organisation() == null) errors.add(new InvalidProfileException.FieldError("organisation", "organisation is required."));
        Graph g = ProfileGraph.toRdf(profile, catalog);
        ValidationReport report = (distinctSystemIds(g) ? shapesForDistinctIds : shapes).validate(g, provisionTypes);
        for (Violation v : report.violations()) {
            String path = Optional.ofNullable(G.getSP(g, NodeFactory.createURI(v.focusNode()), CW.node("jsonPath")))
                    .map(Node::getLiteralLexicalForm).orElse("(profile)");
            String field = ProfileGraph.fieldOf(path, v.path()).get(0);
            String message = v.message();
            if (field.endsWith(".provision")) {
                int i = Integer.parseInt(path.replaceAll("\\D", ""));
                message = "'" + profile.controls().get(i).provision() + "' is not a provision in the catalogs: " + message;
            }
            errors.add(new InvalidProfileException.FieldError(field, message));
        }
        if (!errors.isEmpty()) throw new InvalidProfileException(errors.stream().distinct().toList());
        return g;
    }

    private static final Node AI_SYSTEM_SHAPE = NodeFactory.createURI("https://w3id.org/crosswalk/shapes#ProfileAiSystemShape");
    private static final Node SH_SPARQL = NodeFactory.createURI("http://www.w3.org/ns/shacl#sparql");

    /**
     * The shapes without the AI system shape's one SPARQL constraint (an id used twice). RDF4J runs it once per AI
     * system, scanning every system each time: 1,000 systems took seconds, 2,000 three times as long. Where no two
     * systems share an id it cannot fire, so leaving it out changes no result; empty when the shapes are not as expected.
     */
    private static Optional<Graph> withoutDuplicateIdCheck(Graph shapes) {
        if (shapes.find(AI_SYSTEM_SHAPE, SH_SPARQL, Node.ANY).toList().size() != 1) return Optional.empty();
        Graph out = GraphFactory.createDefaultGraph();
        shapes.find().forEach(t -> {
            if (!(t.getSubject().equals(AI_SYSTEM_SHAPE) && t.getPredicate().equals(SH_SPARQL))) out.add(t);
        });
        return Optional.of(out);
    }

    /** True when no two AI system entries of {@code g} share an identifier (the duplicate-id constraint's condition). */
    private static boolean distinctSystemIds(Graph g) {
        Map<Node, Node> systemById = new HashMap<>();
        for (Node system : g.find(Node.ANY, RDF.type.asNode(), CW.node("AiSystemEntry")).mapWith(Triple::getSubject).toList()) {
            for (Node id : g.find(system, DCTerms.identifier.asNode(), Node.ANY).mapWith(Triple::getObject).toList()) {
                Node other = systemById.putIfAbsent(id, system);
                if (other != null && !other.equals(system)) return false;
            }
        }
        return true;
    }
}
