package dev.crosswalk;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.classify.Classifier;
import dev.crosswalk.gap.GapAnalysis;
import dev.crosswalk.gap.ImsPlanner;
import dev.crosswalk.gap.StatementOfApplicability;
import dev.crosswalk.kb.DataSource;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.kb.ReferencePipeline;
import dev.crosswalk.kb.RuleFiles;
import dev.crosswalk.lookup.ChainExplainer;
import dev.crosswalk.lookup.CrosswalkLookup;
import dev.crosswalk.lookup.MappingSetSummary;
import dev.crosswalk.lookup.MappingSets;
import dev.crosswalk.mapping.CoverageRule;
import dev.crosswalk.presumption.Presumptions;
import dev.crosswalk.query.NamedQueries;
import dev.crosswalk.query.NamedQueryRunner;
import dev.crosswalk.suggest.Suggester;
import dev.crosswalk.search.ProvisionSearch;
import java.time.Clock;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The Crosswalk core: the analyses over one {@link ReferenceModel}. Free of HTTP and of
 * persistence; the composition roots (serve, the CLI) build the model, publish it where they
 * store things and adapt the analyses.
 */
public final class Crosswalk implements AutoCloseable {
    private final ReferenceModel model;
    private final StartupReport startup;
    private final DatasetGraph reference;
    private final NamedQueries queries;
    private final CrosswalkLookup lookup;
    // built on first use (or by prepare()): a lookup needs none of them, and a start answers it without waiting for them
    private final Lazy<CoverageRule> coverageRule;
    private final Lazy<ChainExplainer> explainer;
    private final Lazy<List<MappingSetSummary>> mappingSets;
    private final Lazy<Presumptions> presumptions;
    private final Lazy<Classifier> classifier;
    private final Lazy<GapAnalysis> gaps;
    private final Lazy<StatementOfApplicability> soa;
    private final Lazy<ImsPlanner> ims;
    private final Lazy<NamedQueryRunner> queryRunner;
    private volatile Suggester suggester;
    private final Lazy<dev.crosswalk.change.RegulatoryChanges> changes;
    private final Lazy<dev.crosswalk.change.ImpactAnalysis> impact;
    private final Lazy<dev.crosswalk.calendar.ComplianceCalendar> calendar;
    private volatile ProvisionSearch search;

    private Crosswalk(ReferenceModel model, DataSource code, Publication publication) {
        long t0 = System.nanoTime();
        Catalog catalog = model.catalog();
        this.model = model;
        this.queries = NamedQueries.load(code);
        this.reference = model.analysisView();
        this.lookup = new CrosswalkLookup(catalog, queries, reference);
        this.classifier = Lazy.of(() -> new Classifier(catalog, Clock.systemUTC()));
        this.coverageRule = Lazy.of(() -> CoverageRule.of(model.union()));
        this.presumptions = Lazy.of(() -> Presumptions.build(model, catalog, RuleFiles.load(code, "rules/presumption.rules"), coverageRule.get()));
        this.explainer = Lazy.of(() -> new ChainExplainer(catalog, lookup, model.union(), coverageRule.get()));
        this.mappingSets = Lazy.of(() -> MappingSets.summarise(model, catalog));
        this.gaps = Lazy.of(() -> new GapAnalysis(model, catalog, classifier.get(), coverageRule.get()));
        this.changes = Lazy.of(() -> new dev.crosswalk.change.RegulatoryChanges(catalog, lookup));
        this.impact = Lazy.of(() -> new dev.crosswalk.change.ImpactAnalysis(catalog, gaps.get()));
        this.calendar = Lazy.of(() -> new dev.crosswalk.calendar.ComplianceCalendar(gaps.get()));
        this.soa = Lazy.of(() -> new StatementOfApplicability(catalog, lookup, gaps.get()));
        this.ims = Lazy.of(() -> new ImsPlanner(model, catalog, coverageRule.get()));
        this.queryRunner = Lazy.of(() -> new NamedQueryRunner(queries, catalog, presumptions.get(), reference));
        ReferenceModel.Timings t = model.timings();
        this.startup = new StartupReport(t.loadAndValidateMillis(), t.inferenceMillis(), publication.millis(),
                (System.nanoTime() - t0) / 1_000_000, publication.written(), model.contentHash(), t.reused());
    }

    /**
     * Builds now what the analyses build on first use (coverage rule, presumptions, gap analysis and what reads them):
     * a server calls it after it answers, an import before its model is served, so a defect shows there, not in a request.
     */
    public Crosswalk prepare() {
        List.of(coverageRule, explainer, mappingSets, presumptions, classifier, gaps, soa, ims, queryRunner, changes, impact, calendar)
                .forEach(Lazy::get);
        return this;
    }

    /** The analyses over {@code model}, with the named queries and presumption rules of {@code code}; nothing was published. */
    public static Crosswalk of(ReferenceModel model, DataSource code) {
        return of(model, code, Publication.NONE);
    }

    /** The same, recording how publishing {@code model} to a store went (for the start-up report). */
    public static Crosswalk of(ReferenceModel model, DataSource code, Publication publication) {
        return new Crosswalk(model, code, publication);
    }

    /** The packaged data, loaded, validated and reasoned over in memory (tests, the offline CLI). */
    public static Crosswalk inMemory() {
        DataSource packaged = DataSource.classpath();
        return of(ReferencePipeline.of(packaged).run(), packaged);
    }

    /** The reference model every analysis reads: its graphs, union and catalog. */
    public ReferenceModel model() {
        return model;
    }

    public Catalog catalog() {
        return model.catalog();
    }

    /** Direct crosswalk lookups. */
    public CrosswalkLookup lookup() {
        return lookup;
    }

    /** The coverage rule (docs/coverage-rule.md) every analysis reads the mappings by. */
    public CoverageRule coverageRule() {
        return coverageRule.get();
    }

    /** Chains: explanations and inferred crosswalk rows. */
    public ChainExplainer explainer() {
        return explainer.get();
    }

    /** AI Act applicability: risk class and obligations of one AI system. */
    public Classifier classifier() {
        return classifier.get();
    }

    /** Gap analysis of organisation profiles (and the basis of SoA and IMS plan). */
    public GapAnalysis gaps() {
        return gaps.get();
    }

    /** What an amending act changes, provision by provision (between timelines or dates). */
    public dev.crosswalk.change.RegulatoryChanges changes() {
        return changes.get();
    }

    /** What an amending act changes for an organisation's AI systems and gap results. */
    public dev.crosswalk.change.ImpactAnalysis impact() {
        return impact.get();
    }

    /** Every dated obligation of an organisation's AI systems. */
    public dev.crosswalk.calendar.ComplianceCalendar calendar() {
        return calendar.get();
    }

    public StatementOfApplicability soa() {
        return soa.get();
    }

    public ImsPlanner imsPlanner() {
        return ims.get();
    }

    /** Presumption of conformity (Art. 40–42) per instrument. */
    public Presumptions presumptions() {
        return presumptions.get();
    }

    /** Named queries with typed, catalog-checked parameters, on the reference data. */
    public NamedQueryRunner queryRunner() {
        return queryRunner.get();
    }

    /** Mapping suggestions between two frameworks (docs/suggestions.md); built on first use, as most cores never suggest. */
    public Suggester suggester() {
        Suggester s = suggester;
        if (s == null) {
            synchronized (this) {
                if (suggester == null) suggester = Suggester.of(model);
                s = suggester;
            }
        }
        return s;
    }

    /** Ranked, typo-tolerant search of the catalog's provisions by id or words. */
    public ProvisionSearch search() {
        ProvisionSearch s = search;
        if (s == null) {
            synchronized (this) {
                // built on first use, not at start: the lookups answer without it
                if (search == null) search = ProvisionSearch.over(model.catalog());
                s = search;
            }
        }
        return s;
    }

    public NamedQueries queries() {
        return queries;
    }

    /** The analyses' view of the reference model: the union as default graph (read-only). */
    public DatasetGraph referenceDataset() {
        return reference;
    }

    public List<MappingSetSummary> mappingSets() {
        return mappingSets.get();
    }

    /** A new view for the public SPARQL endpoint: asserted data as default graph, with a context of its own. */
    public DatasetGraph publicDataset() {
        return model.publicView();
    }

    /** Triples per reference graph and in the public default graph ("default"). */
    public java.util.Map<String, Long> tripleCounts() {
        return model.tripleCounts();
    }

    public StartupReport startup() {
        return startup;
    }

    /** Holds nothing to release (the model is in memory; stores belong to the composition root). */
    @Override
    public void close() {
        // nothing: kept AutoCloseable so callers may scope a core the same way as before stores moved out
    }

    /** The release version, from the packaged crosswalk-version.properties. */
    public static String version() {
        return versionProperties().getProperty("version", "unknown");
    }

    /** The version and the build time of this code: what a store's cached validation is tied to. */
    public static String build() {
        return version() + "+" + versionProperties().getProperty("build", "unknown");
    }

    private static java.util.Properties versionProperties() {
        var props = new java.util.Properties();
        try (var in = Crosswalk.class.getResourceAsStream("/crosswalk-version.properties")) {
            if (in != null) props.load(in);
        } catch (java.io.IOException e) {
            // no properties: version and build read "unknown", and nothing cached is trusted
        }
        return props;
    }

    /** Whether publishing the model to a store wrote anything, and how long it took. */
    public record Publication(boolean written, long millis) {
        public static final Publication NONE = new Publication(false, 0);
    }

    /**
     * How start-up went: time to load, validate and infer (of which inference), to publish, to
     * index; whether the store changed.
     */
    public record StartupReport(long loadAndValidateMillis, long inferenceMillis, long publishMillis, long indexMillis,
                                boolean published, String contentHash, boolean reusedValidation) {}
}
