package dev.crosswalk.gap;

import org.apache.jena.system.G;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.mapping.CoverageRule;
import dev.crosswalk.mapping.Effect;
import dev.crosswalk.profile.OrganisationProfile;
import dev.crosswalk.vocab.CW;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;

/**
 * IMS plan for ISO/IEC 42001 next to existing management systems, read by the coverage rule
 * (docs/coverage-rule.md): reuse (a clause a certificate puts in place covers it: equal or
 * superset-of, counting evidence — exactly what makes gap analysis say covered), extend (counting
 * evidence from a provision of a system the organisation runs covers it only in part, or that
 * provision is not certified) or new; grouped by implementation phase from ontology/guidance/ims-plan.ttl.
 */
public final class ImsPlanner {
    private final Catalog catalog;
    private final CoverageRule rule;
    private final Graph guidance;

    public ImsPlanner(ReferenceModel data, Catalog catalog, CoverageRule rule) {
        this.catalog = catalog;
        this.rule = rule;
        this.guidance = data.graphs().get(GraphNames.GUIDANCE_PREFIX + "ims-plan");
    }

    public record Item(String provision, String title, String action, List<String> from, String phase, int phaseNumber,
                       int order, List<String> documents, String sharedProcess, String extension) {}

    public record SharedProcessUse(String process, String description, List<String> provisions, List<String> servesAlso) {}

    public record Plan(String organisation, String target, List<Item> items, List<SharedProcessUse> sharedProcesses,
                       Map<String, Integer> counts) {}

    public Plan plan(OrganisationProfile profile, String target) {
        if (target != null && !target.equals("iso42001")) {
            throw new dev.crosswalk.classify.InvalidInputException("target", "target must be iso42001 (the only target standard with IMS guidance), not '" + target + "'.");
        }
        List<Item> items = new ArrayList<>();
        Map<String, SharedProcessUse> shared = new LinkedHashMap<>();
        List<String> existing = profile.managementSystems().stream().map(OrganisationProfile.ManagementSystem::standard)
                .filter(s -> !s.equals("iso42001")).distinct().toList();
        Map<String, CertifiedClauses.InPlace> inPlace = CertifiedClauses.of(profile, catalog);
        for (Triple t : guidance.find(Node.ANY, CW.node("forProvision"), Node.ANY).toList()) {
            Node g = t.getSubject();
            Provision p = catalog.provisionByIri(t.getObject().getURI()).orElseThrow();
            Node phase = obj(g, "phase").orElseThrow();
            List<String> reuse = new ArrayList<>();
            List<String> extend = new ArrayList<>();
            for (CoverageRule.Verdict v : rule.verdictsFor(p.iri())) {
                Optional<Provision> c = catalog.provisionByIri(v.control());
                if (!v.counts() || c.isEmpty() || !existing.contains(c.get().frameworkId())) continue;
                if (v.effect() == Effect.COVERS && inPlace.containsKey(v.control())) reuse.add(c.get().ref());
                else extend.add(c.get().ref());
            }
            String action = !reuse.isEmpty() ? "reuse" : !extend.isEmpty() ? "extend" : "new";
            List<String> from = !reuse.isEmpty() ? reuse.stream().distinct().toList() : extend.stream().distinct().toList();
            String extension = action.equals("new") ? null : text(g, "aiExtension").orElse(
                    "Add the AI-specific content of " + p.ref() + " to the existing process.");
            Optional<Node> sp = obj(g, "sharedProcess");
            String spLabel = sp.flatMap(n -> text(n, SKOS.prefLabel.asNode())).orElse(null);
            sp.ifPresent(n -> shared.computeIfAbsent(n.getURI(), k -> new SharedProcessUse(spLabel,
                    text(n, CW.node("paraphrase")).orElse(null), new ArrayList<>(), existing)).provisions().add(p.ref()));
            List<String> docs = guidance.find(g, CW.node("documentedInformation"), Node.ANY).toList().stream()
                    .map(d -> d.getObject().getLiteralLexicalForm()).sorted().toList();
            items.add(new Item(p.ref(), p.title(), action, from, text(phase, SKOS.prefLabel.asNode()).orElse(null),
                    Integer.parseInt(text(phase, CW.node("phaseNumber")).orElse("0")), Integer.parseInt(text(g, "phaseOrder").orElse("0")),
                    docs, spLabel, extension));
        }
        items.sort(Comparator.comparingInt(Item::phaseNumber).thenComparingInt(Item::order).thenComparing(Item::provision));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String a : List.of("reuse", "extend", "new")) counts.put(a, (int) items.stream().filter(i -> i.action().equals(a)).count());
        return new Plan(profile.organisation().id(), "iso42001", items, List.copyOf(shared.values()), counts);
    }

    private Optional<Node> obj(Node s, String local) {
        return Optional.ofNullable(G.getSP(guidance, s, CW.node(local)));
    }

    private Optional<String> text(Node s, String local) {
        return text(s, CW.node(local));
    }

    private Optional<String> text(Node s, Node p) {
        return Optional.ofNullable(G.getSP(guidance, s, p)).map(Node::getLiteralLexicalForm);
    }
}
