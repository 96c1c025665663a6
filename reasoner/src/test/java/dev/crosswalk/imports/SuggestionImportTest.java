package dev.crosswalk.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.exchange.SuggestionSssomWriter;
import dev.crosswalk.kb.DataSource;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.kb.ReferencePipeline;
import dev.crosswalk.lookup.MappingSetSummary;
import dev.crosswalk.mapping.MappingSetFile;
import dev.crosswalk.mapping.SssomReader;
import dev.crosswalk.suggest.Suggester;
import dev.crosswalk.suggest.Suggestions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A curator's loop: import a framework, ask the engine for suggestions toward a packaged one, and import the suggested SSSOM
 * file with the project's own import (reader, graph builder, mapping shapes) — here unedited, to show every field it fills passes.
 */
class SuggestionImportTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void suggestionsForAnImportedFrameworkImportBackAsAMappingSet() throws Exception {
        AtomicReference<ReferenceModel> current = new AtomicReference<>(ReferencePipeline.of(DataSource.classpath()).run());
        ImportService service = new ImportService(new MemoryImports(), DataSource.classpath(), current::get, current::set,
                Clock.fixed(NOW, ZoneOffset.UTC));
        service.importFramework(ImportScope.PUBLIC, ImportFormat.CSV, "bank-controls", "Bank AI control library", "bank-controls.csv",
                ImportServiceTest.example("bank-controls.csv"), "admin");

        Crosswalk core = Crosswalk.of(current.get(), DataSource.classpath());
        Suggester engine = core.suggester();
        Suggestions s = engine.suggest("bank-controls", "eu-ai-act", List.of(), 3);
        int candidates = s.provisions().stream().mapToInt(p -> p.candidates().size()).sum();
        assertThat(candidates).as("the imported library's policy, oversight and logging controls find AI Act provisions").isGreaterThan(3);
        String tsv = new SuggestionSssomWriter(core.catalog(), "test").write(s, LocalDate.of(2026, 12, 6));

        MappingSetFile read = SssomReader.read("bank-controls-eu-ai-act-suggested.sssom.tsv", tsv.getBytes(StandardCharsets.UTF_8));
        assertThat(read.rows()).hasSize(candidates);
        assertThat(read.rows()).allSatisfy(r -> {
            assertThat(r.get("author_id")).isEqualTo(SuggestionSssomWriter.AGENT);
            assertThat(r.get("mapping_justification")).startsWith("semapv:");
            assertThat(r.get("rationale")).startsWith("Machine suggestion");
        });

        service.importMappingSet(ImportScope.PUBLIC, "bank-controls-eu-ai-act-suggested.sssom.tsv", tsv.getBytes(StandardCharsets.UTF_8), "curator");
        MappingSetSummary set = Crosswalk.of(current.get(), DataSource.classpath()).mappingSets().stream()
                .filter(m -> m.id().equals("bank-controls-eu-ai-act-suggested")).findFirst().orElseThrow();
        assertThat(set.rows()).isEqualTo(candidates);
        assertThat(set.from()).isEqualTo("bank-controls");
        assertThat(set.to()).isEqualTo("eu-ai-act");
    }
}
