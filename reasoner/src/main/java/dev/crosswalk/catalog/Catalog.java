package dev.crosswalk.catalog;

import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Immutable in-memory index of frameworks and provisions, built once from the validated
 * reference graph: lookups by ref or IRI never touch the store.
 */
public final class Catalog {
    private final Map<String, Framework> frameworks;
    private final Map<String, Provision> byIri;
    private final Map<String, Provision> byRef;
    private final Map<String, List<Provision>> children;
    private final Map<String, List<Provision>> byFramework;
    private final Map<String, AmendingAct> amendingActs;

    private Catalog(Map<String, Framework> frameworks, List<Provision> provisions, Map<String, AmendingAct> amendingActs) {
        this.frameworks = frameworks;
        this.amendingActs = amendingActs;
        this.byIri = new HashMap<>();
        this.byRef = new HashMap<>();
        this.children = new HashMap<>();
        this.byFramework = new LinkedHashMap<>();
        frameworks.keySet().forEach(id -> byFramework.put(id, new ArrayList<>()));
        for (Provision p : provisions) {
            byIri.put(p.iri(), p);
            byRef.put(p.ref(), p);
            byFramework.computeIfAbsent(p.frameworkId(), k -> new ArrayList<>()).add(p);
            if (p.parentIri() != null) children.computeIfAbsent(p.parentIri(), k -> new ArrayList<>()).add(p);
        }
    }

    /** Builds the index from a graph holding the ontology and the catalogs. */
    public static Catalog from(Graph graph) {
        Model m = ModelFactory.createModelForGraph(graph);
        Map<String, String> idByIri = new HashMap<>();
        List<Provision> provisions = new ArrayList<>();
        m.listSubjectsWithProperty(SKOS.inScheme).forEach(r -> provisions.add(CatalogReader.provision(r, idByIri)));
        Map<String, Long> counts = new HashMap<>();
        provisions.forEach(p -> counts.merge(p.frameworkId(), 1L, Long::sum));
        Map<String, Framework> frameworks = new LinkedHashMap<>();
        m.listSubjectsWithProperty(RDF.type, CW.Framework).toList().stream()
                .map(r -> CatalogReader.framework(r, counts))
                .sorted(Comparator.comparing(Framework::id))
                .forEach(f -> frameworks.put(f.id(), f));
        provisions.sort(Comparator.comparing(Provision::frameworkId).thenComparingInt(Provision::sortKey)
                .thenComparing(Provision::notation));
        Map<String, AmendingAct> acts = new LinkedHashMap<>();
        m.listSubjectsWithProperty(RDF.type, CW.AmendingAct).toList().stream().map(CatalogReader::amendingAct)
                .sorted(Comparator.comparing(AmendingAct::iri)).forEach(a -> acts.put(a.iri(), a));
        return new Catalog(frameworks, provisions, acts);
    }

    /** The amending act with this IRI, if catalogued. */
    public Optional<AmendingAct> amendingAct(String iri) {
        return iri == null ? Optional.empty() : Optional.ofNullable(amendingActs.get(iri));
    }

    /** The amending act whose changes make up a timeline ("amended"), if any. */
    public Optional<AmendingAct> amendingActOn(String timeline) {
        return amendingActs.values().stream().filter(a -> timeline.equals(a.timeline())).findFirst();
    }

    public Collection<AmendingAct> amendingActs() {
        return amendingActs.values();
    }

    public Collection<Framework> frameworks() {
        return frameworks.values();
    }

    public Optional<Framework> framework(String id) {
        return Optional.ofNullable(frameworks.get(id));
    }

    /** The framework, or {@link UnknownReferenceException} listing the known ids. */
    public Framework requireFramework(String id) {
        Framework f = frameworks.get(id);
        if (f == null) {
            throw new UnknownReferenceException("framework", id, "Unknown framework '" + id
                    + "'. Known frameworks: " + String.join(", ", frameworks.keySet()) + ".");
        }
        return f;
    }

    public Optional<Provision> provision(ProvisionRef ref) {
        return Optional.ofNullable(byRef.get(ref.toString()));
    }

    public Optional<Provision> provisionByIri(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /** The provision for a ref string, or a specific exception naming what is wrong. */
    public Provision require(String refText) {
        ProvisionRef ref = ProvisionRef.parse(refText);
        if (!frameworks.containsKey(ref.frameworkId())) {
            throw new UnknownReferenceException("framework", ref.frameworkId(), "Unknown framework '" + ref.frameworkId()
                    + "' in reference '" + refText + "'. Known frameworks: " + String.join(", ", frameworks.keySet()) + ".");
        }
        Provision p = byRef.get(ref.toString());
        if (p == null) {
            throw new UnknownReferenceException("provision", ref.toString(), "No provision '" + ref.notation()
                    + "' in framework '" + ref.frameworkId() + "' (reference '" + ref + "').");
        }
        return p;
    }

    /** Provisions of one framework in document order. */
    public List<Provision> provisions(String frameworkId) {
        return List.copyOf(byFramework.getOrDefault(frameworkId, List.of()));
    }

    /** Direct children of a provision in document order. */
    public List<Provision> children(Provision parent) {
        return List.copyOf(children.getOrDefault(parent.iri(), List.of()));
    }

    public int size() {
        return byIri.size();
    }
}
