package dev.crosswalk.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crosswalk.SharedCrosswalk;
import dev.crosswalk.catalog.UnknownReferenceException;
import dev.crosswalk.kb.GraphNames;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.mapping.Relation;
import dev.crosswalk.vocab.CW;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine over the packaged data: hidden sets are found again, hidden sets hide their chains, curated pairs are not re-suggested. */
class SuggesterTest {
    private static ReferenceModel model;
    private static Suggester engine;

    @BeforeAll
    static void load() {
        model = SharedCrosswalk.get().model();
        engine = SharedCrosswalk.get().suggester();
    }

    private static Suggestions.Source source(Suggestions s, String ref) {
        return s.provisions().stream().filter(p -> p.ref().equals(ref)).findFirst().orElseThrow();
    }

    @Test
    void hidingACuratedSetAndSuggestingItFindsItsLoggingRowInTheTopFive() {
        Suggestions s = engine.suggest("iso42001", "eu-ai-act", List.of("iso42001-eu-ai-act"), 5);
        Suggestions.Source logs = source(s, "iso42001:A.6.2.8");
        assertThat(logs.curated()).as("the hidden set's rows are not known to the engine").isEmpty();
        assertThat(logs.candidates()).hasSizeLessThanOrEqualTo(5).extracting(Suggestions.Candidate::ref).contains("eu-ai-act:Art. 12");
        Suggestions.Candidate art12 = logs.candidates().stream().filter(c -> c.ref().equals("eu-ai-act:Art. 12")).findFirst().orElseThrow();
        assertThat(art12.score()).isBetween(0.0, 1.0);
        // "record-keeping" and "logging" are one term through the synonym list
        assertThat(art12.evidence().sharedTerms()).contains("log");
        assertThat(art12.justification()).isIn(Suggester.LEXICAL, Suggester.COMPOSITE);
    }

    @Test
    void candidatesAreRankedScoredInZeroToOneAndJustifiedByTheirEvidence() {
        Suggestions s = engine.suggest("iso42001", "iso27001", List.of("iso42001-iso27001"), 5);
        List<Suggestions.Candidate> all = s.provisions().stream().flatMap(p -> p.candidates().stream()).toList();
        assertThat(all).hasSizeGreaterThan(100);
        for (Suggestions.Source p : s.provisions()) {
            assertThat(p.candidates()).hasSizeLessThanOrEqualTo(5);
            for (int i = 1; i < p.candidates().size(); i++) {
                assertThat(p.candidates().get(i).score()).isLessThanOrEqualTo(p.candidates().get(i - 1).score());
            }
        }
        for (Suggestions.Candidate c : all) {
            assertThat(c.score()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
            assertThat(c.strength()).isBetween(1, 10);
            assertThat(c.relation()).isNotEqualTo(Relation.NO_RELATIONSHIP);
            boolean chained = !c.evidence().chains().isEmpty();
            boolean lexical = c.evidence().lexical() >= Weights.DEFAULT.lexicalThreshold();
            assertThat(c.justification()).isEqualTo(chained && lexical ? Suggester.COMPOSITE : chained ? Suggester.CHAINING : Suggester.LEXICAL);
        }
        assertThat(all).extracting(Suggestions.Candidate::justification).contains(Suggester.COMPOSITE, Suggester.LEXICAL);
    }

    @Test
    void anExcludedSetHidesItsRowsAndEveryChainThroughIt() {
        Suggestions one = engine.suggest("iso42001", "eu-ai-act", List.of("iso42001-eu-ai-act"), 50);
        Set<String> setsOnChains = setsOnChains(one);
        assertThat(setsOnChains).as("chains reach the AI Act through ISO 27001").contains("iso27001-eu-ai-act").doesNotContain("iso42001-eu-ai-act");

        Suggestions both = engine.suggest("iso42001", "eu-ai-act", List.of("iso42001-eu-ai-act", "iso27001-eu-ai-act"), 50);
        assertThat(setsOnChains(both)).doesNotContain("iso42001-eu-ai-act", "iso27001-eu-ai-act");
        long chainedBefore = chained(one);
        assertThat(chainedBefore).isPositive();
        assertThat(chained(both)).isLessThan(chainedBefore);
    }

    private static Set<String> setsOnChains(Suggestions s) {
        Set<String> sets = new HashSet<>();
        s.provisions().forEach(p -> p.candidates().forEach(c -> c.evidence().chains().forEach(ch -> ch.steps().forEach(st -> sets.add(st.mappingSet())))));
        return sets;
    }

    private static long chained(Suggestions s) {
        return s.provisions().stream().flatMap(p -> p.candidates().stream()).filter(c -> !c.evidence().chains().isEmpty()).count();
    }

    @Test
    void pairsALoadedSetRelatesAreListedAsCuratedAndNeverSuggested() {
        Suggestions s = engine.suggest("iso42001", "eu-ai-act", List.of(), 10);
        Suggestions.Source logs = source(s, "iso42001:A.6.2.8");
        assertThat(logs.curated()).contains("eu-ai-act:Art. 12", "eu-ai-act:Art. 19");
        assertThat(logs.candidates()).extracting(Suggestions.Candidate::ref).doesNotContain("eu-ai-act:Art. 12", "eu-ai-act:Art. 19");
        long withCurated = s.provisions().stream().filter(p -> !p.curated().isEmpty()).count();
        assertThat(withCurated).isGreaterThan(30);
        s.provisions().stream().filter(p -> !p.curated().isEmpty())
                .forEach(p -> assertThat(p.candidates()).extracting(Suggestions.Candidate::ref).doesNotContainAnyElementsOf(p.curated()));
    }

    @Test
    void soundChainsAgreeWithTheMaterialisedInferencesOfTheChainingRules() {
        Graph inferred = model.graph(GraphNames.INFERRED).orElseThrow();
        Set<String> materialised = new HashSet<>();
        inferred.find(Node.ANY, RDF.type.asNode(), CW.node("InferredMapping")).forEach(t -> {
            Node l = t.getSubject();
            materialised.add(G.getSP(inferred, l, CW.subject.asNode()).getURI() + " " + G.getSP(inferred, l, CW.relation.asNode()).getLiteralLexicalForm()
                    + " " + G.getSP(inferred, l, CW.object.asNode()).getURI());
        });
        Suggestions s = engine.suggest("iso42001", "iso27001", List.of(), 50);
        Set<String> engineChains = new HashSet<>();
        s.provisions().forEach(p -> p.candidates().forEach(c -> c.evidence().chains().stream().filter(Suggestions.Chain::sound)
                .forEach(ch -> engineChains.add(p.iri() + " " + ch.relation().label() + " " + c.iri()))));
        assertThat(engineChains).hasSizeGreaterThan(10);
        assertThat(materialised).containsAll(engineChains);
    }

    @Test
    void unknownIdsAndBadRequestsAreRefusedNamingTheProblem() {
        assertThatThrownBy(() -> engine.suggest("nope", "iso27001", List.of(), 5)).isInstanceOf(UnknownReferenceException.class)
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> engine.suggest("iso42001", "iso27001", List.of("no-such-set"), 5))
                .isInstanceOfSatisfying(UnknownReferenceException.class, e -> assertThat(e.kind()).isEqualTo("mapping-set"))
                .hasMessageContaining("iso42001-eu-ai-act");
        assertThatThrownBy(() -> engine.suggest("iso42001", "iso42001", List.of(), 5)).isInstanceOf(InvalidSuggestionRequestException.class);
        assertThatThrownBy(() -> engine.suggest("iso42001", "iso27001", List.of(), 0)).isInstanceOf(InvalidSuggestionRequestException.class)
                .hasMessageContaining("top");
    }
}
