package dev.crosswalk;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.classify.Classifier;
import dev.crosswalk.gap.GapAnalysis;
import dev.crosswalk.gap.ImsPlanner;
import dev.crosswalk.gap.StatementOfApplicability;
import java.time.Clock;
import dev.crosswalk.kb.DataSource;
import dev.crosswalk.kb.MissingDataException;
import dev.crosswalk.kb.ReferenceData;
import dev.crosswalk.kb.RuleFiles;
import dev.crosswalk.lookup.ChainExplainer;
import dev.crosswalk.lookup.CrosswalkLookup;
import dev.crosswalk.lookup.MappingSetSummary;
import dev.crosswalk.lookup.MappingSets;
import dev.crosswalk.mapping.CoverageRule;
import dev.crosswalk.presumption.Presumptions;
import dev.crosswalk.query.NamedQueries;
import dev.crosswalk.query.NamedQueryRunner;
import dev.crosswalk.store.PublicDataset;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import dev.crosswalk.store.ReferenceStore;
import dev.crosswalk.store.StoreUnavailableException;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The Crosswalk core, assembled: validated reference data published into a store, with the
 * in-memory catalog index and the public dataset view. Free of HTTP; servers adapt it.
 */
public final class Crosswalk implements AutoCloseable {
    private final ReferenceData data;
    private final ReferenceStore store;
    private final Catalog catalog;
    private final DatasetGraph publicView;
    private final StartupReport startup;
    private final DatasetGraph reference;
    private final NamedQueries queries;
    private final CrosswalkLookup lookup;
    private final ChainExplainer explainer;
    private final CoverageRule coverageRule;
    private final List<MappingSetSummary> mappingSets;

    private final Presumptions presumptions;
    private final Classifier classifier;
    private final GapAnalysis gaps;
    private final StatementOfApplicability soa;
    private final ImsPlanner ims;
    private final NamedQueryRunner queryRunner;

    private Crosswalk(ReferenceData data, ReferenceStore store, Catalog catalog, NamedQueries queries,
                      Function<CoverageRule, Presumptions> presumptions, StartupReport loaded, long indexStart) {
        this.classifier = new Classifier(catalog, Clock.systemUTC());
        this.data = data;
        this.store = store;
        this.catalog = catalog;
        this.publicView = PublicDataset.of(data);
        this.queries = queries;
        // Analyses read an immutable in-memory copy of the reference union: fast, and no store round trips.
        this.reference = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(reference, () -> data.union().find().forEach(reference.getDefaultGraph()::add));
        this.coverageRule = CoverageRule.of(reference.getDefaultGraph());
        this.presumptions = presumptions.apply(coverageRule);
        this.lookup = new CrosswalkLookup(catalog, queries, reference);
        this.explainer = new ChainExplainer(catalog, lookup, reference.getDefaultGraph(), coverageRule);
        this.mappingSets = MappingSets.summarise(data, catalog);
        this.gaps = new GapAnalysis(data, catalog, classifier, coverageRule);
        this.soa = new StatementOfApplicability(catalog, lookup, gaps);
        this.ims = new ImsPlanner(data, catalog, coverageRule);
        this.queryRunner = new NamedQueryRunner(queries, catalog, this.presumptions, reference);
        this.startup = new StartupReport(loaded.loadAndValidateMillis(), loaded.inferenceMillis(), loaded.publishMillis(),
                ms(indexStart, System.nanoTime()), loaded.published(), loaded.contentHash(), loaded.reusedValidation());
    }

    /** Packaged data, persisted in a TDB2 store in {@code dataDir}. */
    public static Crosswalk open(Path dataDir) {
        return open(DataSource.classpath(), ReferenceStore.open(dataDir));
    }

    /**
     * The reference data a TDB2 store in {@code dataDir} already holds, read as published: nothing
     * is loaded from the package and nothing is written (the CLI's {@code --data}). Throws
     * {@link MissingDataException} when the directory holds no published Crosswalk store, and
     * {@link StoreUnavailableException} when the store cannot be opened (another process has it).
     */
    public static Crosswalk openPublished(Path dataDir) {
        if (!ReferenceStore.exists(dataDir)) {
            throw new MissingDataException("No Crosswalk store in " + dataDir + " (a store is created by 'crosswalk serve --data "
                    + dataDir + "').");
        }
        ReferenceStore store;
        try {
            store = ReferenceStore.open(dataDir);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("Cannot open the store in " + dataDir + ": " + e.getMessage()
                    + " (TDB2 allows one process per store: is a server running on it?)", e);
        }
        try {
            long t0 = System.nanoTime();
            ReferenceData data = store.published().orElseThrow(() -> new MissingDataException("The TDB2 store in " + dataDir
                    + " holds no published Crosswalk reference data."));
            Catalog catalog = Catalog.from(data.union());
            DataSource code = DataSource.classpath();
            var presumptionRules = RuleFiles.load(code, "rules/presumption.rules");
            long t1 = System.nanoTime();
            StartupReport loaded = new StartupReport(ms(t0, t1), 0, 0, 0, false, data.contentHash(), true);
            return new Crosswalk(data, store, catalog, NamedQueries.load(code),
                    rule -> Presumptions.build(data, catalog, presumptionRules, rule), loaded, t1);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Packaged data in an in-memory store (tests, offline CLI). */
    public static Crosswalk inMemory() {
        return open(DataSource.classpath(), ReferenceStore.inMemory());
    }

    /** Loads and validates {@code source}, publishes it into {@code store}; closes the store on failure. */
    public static Crosswalk open(DataSource source, ReferenceStore store) {
        try {
            long t0 = System.nanoTime();
            String build = build();
            ReferenceData data = ReferenceData.load(source, hash -> store.validatedInferences(hash, build));
            long t1 = System.nanoTime();
            boolean published = store.publish(data, build);
            long t2 = System.nanoTime();
            Catalog catalog = Catalog.from(data.union());
            NamedQueries queries = NamedQueries.load(source);
            var presumptionRules = RuleFiles.load(source, "rules/presumption.rules");
            StartupReport loaded = new StartupReport(ms(t0, t1), data.inferenceMillis(), ms(t1, t2), 0,
                    published, data.contentHash(), data.reused());
            return new Crosswalk(data, store, catalog, queries, rule -> Presumptions.build(data, catalog, presumptionRules, rule),
                    loaded, t2);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Direct crosswalk lookups. */
    public CrosswalkLookup lookup() {
        return lookup;
    }

    /** The coverage rule (docs/coverage-rule.md) every analysis reads the mappings by. */
    public CoverageRule coverageRule() {
        return coverageRule;
    }

    /** Chains: explanations and inferred crosswalk rows. */
    public ChainExplainer explainer() {
        return explainer;
    }

    /** AI Act applicability: risk class and obligations of one AI system. */
    public Classifier classifier() {
        return classifier;
    }

    /** Gap analysis of organisation profiles (and the basis of SoA and IMS plan). */
    public GapAnalysis gaps() {
        return gaps;
    }

    public StatementOfApplicability soa() {
        return soa;
    }

    public ImsPlanner imsPlanner() {
        return ims;
    }

    /** Presumption of conformity (Art. 40–42) per instrument. */
    public Presumptions presumptions() {
        return presumptions;
    }

    /** Named queries with typed, catalog-checked parameters, on the reference data. */
    public NamedQueryRunner queryRunner() {
        return queryRunner;
    }

    public NamedQueries queries() {
        return queries;
    }

    /** The in-memory reference union (read-only use), for analyses. */
    public DatasetGraph referenceDataset() {
        return reference;
    }

    public List<MappingSetSummary> mappingSets() {
        return mappingSets;
    }

    public ReferenceStore store() {
        return store;
    }

    public ReferenceData referenceData() {
        return data;
    }

    /** The dataset the public SPARQL endpoint may serve. */
    public DatasetGraph publicDataset() {
        return publicView;
    }

    public StartupReport startup() {
        return startup;
    }

    @Override
    public void close() {
        store.close();
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

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /**
     * How start-up went: time to load, validate and infer (of which inference), to publish, to
     * index; whether the store changed.
     */
    public record StartupReport(long loadAndValidateMillis, long inferenceMillis, long publishMillis, long indexMillis,
                                boolean published, String contentHash, boolean reusedValidation) {}
}
