package dev.crosswalk.profile;

import org.apache.jena.system.G;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.classify.AiSystem;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reads a profile written in the ontology's terms (Turtle or JSON-LD): one cw:Organisation with
 * cw:implements, cw:hasManagementSystem and cw:hasAiSystem, the same shape the JSON maps onto.
 */
public final class ProfileRdf {
    /** AI-system fields carried as cw:<field> literals, in the order of {@link AiSystem}'s components. */
    static final List<String> AI_FIELDS = List.of("name", "role", "annexIII", "annexISafetyComponent", "annexISection",
            "prohibitedPractice", "profiling", "publicAuthority", "publicService", "interactsWithNaturalPersons",
            "generatesSyntheticContent", "emotionRecognition", "biometricCategorisation", "deepFake", "generalPurposeModel",
            "systemicRisk", "asOf", "timeline", "ownNameOrTrademark", "substantialModification", "changedIntendedPurpose",
            "excludedHighRiskUse", "integratesGeneralPurposeModel", "openSourceLicence");

    private ProfileRdf() {}

    public static OrganisationProfile read(Graph g, Catalog catalog) {
        List<Node> orgs = g.find(Node.ANY, RDF.type.asNode(), CW.node("Organisation")).mapWith(Triple::getSubject).toList();
        if (orgs.size() != 1) {
            throw new InvalidProfileException(List.of(new InvalidProfileException.FieldError("organisation",
                    "the graph must describe exactly one cw:Organisation, found " + orgs.size() + ".")));
        }
        Node org = orgs.get(0);
        var organisation = new OrganisationProfile.Organisation(text(g, org, DCTerms.identifier.asNode()),
                text(g, org, SKOS.prefLabel.asNode()), text(g, org, CW.node("sector")), texts(g, org, CW.node("jurisdiction")),
                bool(g, org, CW.node("publicBody")));
        List<OrganisationProfile.ManagementSystem> systems = sorted(g, org, "hasManagementSystem").stream()
                .map(n -> new OrganisationProfile.ManagementSystem(text(g, n, CW.node("standard")), bool(g, n, CW.node("certified")),
                        text(g, n, CW.node("certificate")))).toList();
        List<AiSystem> ai = sorted(g, org, "hasAiSystem").stream().map(n -> new AiSystem(text(g, n, DCTerms.identifier.asNode()),
                text(g, n, CW.node("name")), text(g, n, CW.node("role")), text(g, n, CW.node("annexIII")),
                bool(g, n, CW.node("annexISafetyComponent")), text(g, n, CW.node("annexISection")),
                text(g, n, CW.node("prohibitedPractice")), texts(g, n, CW.node("art6_3Condition")),
                bool(g, n, CW.node("profiling")), bool(g, n, CW.node("publicAuthority")), bool(g, n, CW.node("publicService")),
                bool(g, n, CW.node("interactsWithNaturalPersons")), bool(g, n, CW.node("generatesSyntheticContent")),
                bool(g, n, CW.node("emotionRecognition")), bool(g, n, CW.node("biometricCategorisation")),
                bool(g, n, CW.node("deepFake")), bool(g, n, CW.node("generalPurposeModel")), bool(g, n, CW.node("systemicRisk")),
                text(g, n, CW.node("asOf")), text(g, n, CW.node("timeline")),
                bool(g, n, CW.node("ownNameOrTrademark")), bool(g, n, CW.node("substantialModification")),
                bool(g, n, CW.node("changedIntendedPurpose")), bool(g, n, CW.node("excludedHighRiskUse")),
                bool(g, n, CW.node("integratesGeneralPurposeModel")), bool(g, n, CW.node("openSourceLicence")))).toList();
        List<OrganisationProfile.ControlStatus> controls = sorted(g, org, "implements").stream().map(n -> {
            String ref = Optional.ofNullable(G.getSP(g, n, CW.node("provision")))
                    .map(p -> p.isURI() ? catalog.provisionByIri(p.getURI()).map(Provision::ref).orElse(p.getURI())
                            : p.getLiteralLexicalForm()).orElse(null);
            return new OrganisationProfile.ControlStatus(ref, text(g, n, CW.node("status")), text(g, n, CW.node("justificationText")),
                    texts(g, n, CW.node("evidence")));
        }).toList();
        return new OrganisationProfile(organisation, systems, new OrganisationProfile.Scope(texts(g, org, CW.node("scopeFramework"))),
                ai, controls);
    }

    /** Objects of {@code org cw:<p>} in a stable order (by IRI or blank-node label). */
    private static List<Node> sorted(Graph g, Node org, String p) {
        return g.find(org, CW.node(p), Node.ANY).mapWith(Triple::getObject).toList().stream()
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    private static String text(Graph g, Node s, Node p) {
        return Optional.ofNullable(G.getSP(g, s, p))
                .map(o -> o.isLiteral() ? o.getLiteralLexicalForm() : o.toString()).orElse(null);
    }

    private static List<String> texts(Graph g, Node s, Node p) {
        List<String> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEach(t -> out.add(t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : t.getObject().toString()));
        out.sort(null);
        return out;
    }

    private static Boolean bool(Graph g, Node s, Node p) {
        return Optional.ofNullable(text(g, s, p)).map(v -> v.equals("true") || v.equals("1")).orElse(null);
    }
}
