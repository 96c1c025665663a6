package dev.crosswalk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The UK instruments are cited as the FCA Handbook and the PRA write them (checked Dec 2026). */
class UkInstrumentCitationTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = dev.crosswalk.SharedCrosswalk.get().catalog();
    }

    @Test
    void theConsumerDutyIsPrinciple12InPrin211R() {
        Provision duty = catalog.require("uk-fca:PRIN 2.1.1R Principle 12");
        assertThat(duty.iri()).isEqualTo("https://w3id.org/crosswalk/id/uk-fca/prin-2.1.1r-p12");
        assertThat(duty.title()).isEqualTo("PRIN Principle 12: Consumer Duty");
        assertThat(duty.source()).isEqualTo("https://www.handbook.fca.org.uk/handbook/PRIN/2/1.html");
        assertThat(duty.citation()).startsWith("PRIN 2.1.1R Principle 12").contains("PRIN 2A.2")
                .contains("2A.3 products and services", "2A.4 price and value", "2A.5 consumer understanding", "2A.6 consumer support")
                .contains("2A.7 sets the standard of the reasonably prudent firm and retail customers' needs, not an outcome");
        // PRIN 2A.1.1R is only an application rule: it is not catalogued as the duty
        assertThatThrownBy(() -> catalog.require("uk-fca:PRIN 2A.1.1R")).isInstanceOf(UnknownReferenceException.class);
        assertThat(catalog.provisions("uk-fca")).noneMatch(p -> p.citation() != null && p.citation().startsWith("PRIN 2A.1.1R"));
        Provision rules = catalog.require("uk-fca:PRIN 2A");
        assertThat(rules.citation()).contains("(PRIN 2A.2)").contains("2A.7").contains("is not an outcome");
        assertThat(catalog.children(rules)).extracting(Provision::notation).containsExactly("PRIN 2A.5.3R");
    }

    @Test
    void prinPrinciples2And3HaveTheirOwnHeadings() {
        String p2 = catalog.require("uk-fca:PRIN 2.1.1R Principle 2").title();
        String p3 = catalog.require("uk-fca:PRIN 2.1.1R Principle 3").title();
        assertThat(p2).isEqualTo("PRIN Principle 2: Skill, care and diligence");
        assertThat(p3).isEqualTo("PRIN Principle 3: Management and control");
        assertThat(catalog.provisions("uk-fca")).extracting(Provision::title).doesNotHaveDuplicates();
    }

    @Test
    void ss1_23PrinciplesUseThePrasOwnHeadings() {
        Map<Integer, String> pra = Map.of(1, "Model identification and model risk classification", 2, "Governance",
                3, "Model development, implementation and use", 4, "Independent model validation", 5, "Model risk mitigants");
        assertThat(pra).hasSize(5);
        pra.forEach((n, heading) -> {
            Provision p = catalog.require("uk-fca:SS1/23 Principle " + n);
            assertThat(p.title()).as("SS1/23 Principle " + n).isEqualTo(heading);
            assertThat(p.notes()).noneMatch(note -> note.contains("summary wording"));
        });
    }

    @Test
    void fg21_1PointsAtItsOwnPage() {
        Provision fg = catalog.require("uk-fca:FG21/1");
        assertThat(fg.source()).isEqualTo(
                "https://www.fca.org.uk/publications/finalised-guidance/fg21-1-guidance-firms-fair-treatment-vulnerable-customers");
        assertThat(fg.title()).isEqualTo("FG21/1 Guidance for firms on the fair treatment of vulnerable customers");
        assertThat(fg.notes()).noneMatch(n -> n.contains("dcterms:source is the AI Update"));
        assertThat(fg.confidence()).isLessThan(1.0);
    }
}
