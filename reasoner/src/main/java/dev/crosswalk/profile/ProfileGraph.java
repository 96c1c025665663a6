package dev.crosswalk.profile;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.InvalidReferenceException;
import dev.crosswalk.catalog.UnknownReferenceException;
import dev.crosswalk.classify.AiSystem;
import dev.crosswalk.vocab.CW;
import java.util.List;
import java.util.UUID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** Maps a JSON profile onto the ontology's terms, one node per JSON object, each with its JSON path. */
public final class ProfileGraph {
    private ProfileGraph() {}

    public static Graph toRdf(OrganisationProfile p, Catalog catalog) {
        Graph g = GraphFactory.createDefaultGraph();
        // Stable node IRIs per organisation: a stored profile rewritten with one change then differs
        // from its previous version only where it changed (TDB2 grows with every triple rewritten).
        String id = p.organisation() == null ? null : p.organisation().id();
        String base = id != null && id.matches("[a-z0-9][a-z0-9-]{1,63}") ? "urn:crosswalk:org:" + id + "/"
                : "urn:uuid:" + UUID.randomUUID() + "/";
        Node org = node(g, base, "organisation", "Organisation");
        if (p.organisation() != null) {
            lit(g, org, DCTerms.identifier.asNode(), p.organisation().id());
            lit(g, org, SKOS.prefLabel.asNode(), p.organisation().name());
            lit(g, org, CW.node("sector"), p.organisation().sector());
            bool(g, org, "publicBody", p.organisation().publicBody());
            if (p.organisation().jurisdictions() != null) p.organisation().jurisdictions().forEach(j -> lit(g, org, CW.node("jurisdiction"), j));
        }
        p.scope().frameworks().forEach(f -> lit(g, org, CW.node("scopeFramework"), f));
        for (int i = 0; i < p.managementSystems().size(); i++) {
            OrganisationProfile.ManagementSystem ms = p.managementSystems().get(i);
            Node n = node(g, base, "managementSystems[" + i + "]", "ManagementSystemClaim");
            g.add(Triple.create(org, CW.node("hasManagementSystem"), n));
            lit(g, n, CW.node("standard"), ms.standard());
            g.add(Triple.create(n, CW.node("certified"), NodeFactory.createLiteralDT(String.valueOf(ms.isCertified()), XSDDatatype.XSDboolean)));
            lit(g, n, CW.node("certificate"), ms.certificate());
        }
        for (int i = 0; i < p.aiSystems().size(); i++) {
            AiSystem s = p.aiSystems().get(i);
            Node n = node(g, base, "aiSystems[" + i + "]", "AiSystemEntry");
            g.add(Triple.create(org, CW.node("hasAiSystem"), n));
            lit(g, n, DCTerms.identifier.asNode(), s.id());
            lit(g, n, CW.node("name"), s.name());
            lit(g, n, CW.node("role"), s.role());
            lit(g, n, CW.node("annexIII"), s.annexIII());
            lit(g, n, CW.node("annexISection"), s.annexISection());
            lit(g, n, CW.node("prohibitedPractice"), s.prohibitedPractice());
            lit(g, n, CW.node("asOf"), s.asOf());
            lit(g, n, CW.node("timeline"), s.timeline());
            if (s.art6_3Conditions() != null) s.art6_3Conditions().forEach(c -> lit(g, n, CW.node("art6_3Condition"), c));
            bool(g, n, "annexISafetyComponent", s.annexISafetyComponent());
            bool(g, n, "profiling", s.profiling());
            bool(g, n, "publicAuthority", s.publicAuthority());
            bool(g, n, "publicService", s.publicService());
            bool(g, n, "interactsWithNaturalPersons", s.interactsWithNaturalPersons());
            bool(g, n, "generatesSyntheticContent", s.generatesSyntheticContent());
            bool(g, n, "emotionRecognition", s.emotionRecognition());
            bool(g, n, "biometricCategorisation", s.biometricCategorisation());
            bool(g, n, "deepFake", s.deepFake());
            bool(g, n, "generalPurposeModel", s.generalPurposeModel());
            bool(g, n, "systemicRisk", s.systemicRisk());
            bool(g, n, "ownNameOrTrademark", s.ownNameOrTrademark());
            bool(g, n, "substantialModification", s.substantialModification());
            bool(g, n, "changedIntendedPurpose", s.changedIntendedPurpose());
            bool(g, n, "excludedHighRiskUse", s.excludedHighRiskUse());
            bool(g, n, "integratesGeneralPurposeModel", s.integratesGeneralPurposeModel());
            bool(g, n, "openSourceLicence", s.openSourceLicence());
        }
        for (int i = 0; i < p.controls().size(); i++) {
            OrganisationProfile.ControlStatus c = p.controls().get(i);
            Node n = node(g, base, "controls[" + i + "]", "ControlImplementation");
            g.add(Triple.create(org, CW.node("implements"), n));
            g.add(Triple.create(n, CW.node("provision"), provision(catalog, c.provision())));
            lit(g, n, CW.node("status"), c.status());
            lit(g, n, CW.node("justificationText"), c.justification());
            c.evidence().forEach(e -> lit(g, n, CW.node("evidence"), e));
        }
        return g;
    }

    /** The catalog IRI of a ref; anything else becomes a marker IRI the shapes report as "not in the catalogs". */
    private static Node provision(Catalog catalog, String ref) {
        try {
            return NodeFactory.createURI(catalog.require(ref).iri());
        } catch (InvalidReferenceException | UnknownReferenceException e) {
            return NodeFactory.createURI("urn:crosswalk:unknown-provision:" + UUID.nameUUIDFromBytes(String.valueOf(ref).getBytes()));
        }
    }

    private static Node node(Graph g, String base, String path, String type) {
        Node n = NodeFactory.createURI(base + path.replace("[", "/").replace("]", ""));
        g.add(Triple.create(n, RDF.type.asNode(), CW.node(type)));
        g.add(Triple.create(n, CW.node("jsonPath"), NodeFactory.createLiteralString(path)));
        return n;
    }

    private static void bool(Graph g, Node s, String p, Boolean v) {
        if (v != null) g.add(Triple.create(s, CW.node(p), NodeFactory.createLiteralDT(v.toString(), XSDDatatype.XSDboolean)));
    }

    private static void lit(Graph g, Node s, Node p, String v) {
        if (v != null) g.add(Triple.create(s, p, NodeFactory.createLiteralString(v)));
    }

    static List<String> fieldOf(String jsonPath, String propertyIri) {
        String local = propertyIri == null ? null : propertyIri.substring(Math.max(propertyIri.lastIndexOf('#'), propertyIri.lastIndexOf('/')) + 1);
        String field = switch (local == null ? "" : local) {
            case "identifier" -> "id";
            case "prefLabel" -> "name";
            case "jurisdiction" -> "jurisdictions";
            case "scopeFramework" -> "scope.frameworks";
            default -> local;
        };
        if (field == null || field.isEmpty()) return List.of(jsonPath);
        if (field.startsWith("scope.")) return List.of(field);
        return List.of(jsonPath + "." + field);
    }
}
