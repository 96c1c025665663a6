package dev.crosswalk.archfixture.gap;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.TDB2Factory;

/** Breaks two rules on purpose: an analysis copying reference data into its own dataset, and opening a TDB2 store. */
public final class Snapshot {
    private Snapshot() {}

    public static DatasetGraph copy() {
        return DatasetGraphFactory.createTxnMem();
    }

    public static Object open(String dir) {
        return TDB2Factory.connectDataset(dir);
    }
}
