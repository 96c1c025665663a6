package dev.crosswalk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ref parsing and lookups, including the errors users see. */
class CatalogLookupTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = dev.crosswalk.SharedCrosswalk.get().catalog();
    }

    @Test
    void resolvesRefsOfEveryFramework() {
        Provision p = catalog.require("iso42001:A.6.2.4");
        assertThat(p.title()).isEqualTo("AI system verification and validation");
        assertThat(catalog.provisionByIri(p.parentIri())).map(Provision::notation).contains("A.6.2");
        assertThat(catalog.require("eu-ai-act:Art. 9").title()).isEqualTo("Risk management system");
        assertThat(catalog.require("iso27001:A.5.1").theme()).isEqualTo("organizational");
        assertThat(catalog.require("eu-ai-act:Art. 26(1)").parentIri()).isEqualTo(catalog.require("eu-ai-act:Art. 26").iri());
    }

    @Test
    void unknownFrameworkListsTheKnownOnes() {
        assertThatThrownBy(() -> catalog.require("nist:GV-1"))
                .isInstanceOf(UnknownReferenceException.class)
                .hasMessageContaining("Unknown framework 'nist'").hasMessageContaining("iso42001");
    }

    @Test
    void unknownProvisionNamesTheNotationAndFramework() {
        assertThatThrownBy(() -> catalog.require("iso42001:A.99"))
                .isInstanceOf(UnknownReferenceException.class)
                .hasMessage("No provision 'A.99' in framework 'iso42001' (reference 'iso42001:A.99').");
    }

    @Test
    void malformedRefsAreRejectedWithTheExpectedForm() {
        assertThatThrownBy(() -> catalog.require("A.6.2.4")).isInstanceOf(InvalidReferenceException.class)
                .hasMessageContaining("expected <framework-id>:<notation>");
        assertThatThrownBy(() -> catalog.require(" ")).isInstanceOf(InvalidReferenceException.class);
        assertThatThrownBy(() -> catalog.require("iso42001:" + "x".repeat(300))).isInstanceOf(InvalidReferenceException.class);
    }

    @Test
    void frameworksCountTheirProvisions() {
        assertThat(catalog.frameworks()).extracting(Framework::id).containsExactlyInAnyOrder(
                "iso42001", "iso27001", "eu-ai-act", "uk-fca", "iso9001", "iso22301", "harmonized-structure",
                "nist-ai-rmf", "us-sr-11-7", "us-sr-26-2", "ca-osfi-e23");
        assertThat(catalog.requireFramework("iso42001").provisionCount()).isEqualTo(43 + 10 + 38);
        assertThat(catalog.requireFramework("iso27001").provisionCount()).isEqualTo(41 + 4 + 93);
    }
}
