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
    private final Graph provisionTypes;

    public ProfileValidator(ReferenceModel data, Catalog catalog) {
        this.catalog = catalog;
        this.shapes = ShaclValidator.of(data.graphs().get(GraphNames.SHAPES_PREFIX + "profile"));
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
        Graph data = GraphFactory.createDefaultGraph();
        g.find().forEach(data::add);
        provisionTypes.find().forEach(data::add);
        ValidationReport report = shapes.validate(data);
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
}
