package dev.crosswalk.store;

import dev.crosswalk.kb.ReferenceData;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.system.Txn;

/**
 * The dataset the public SPARQL endpoint serves: a separate, read-only in-memory copy of the
 * reference graphs. Organisation and key graphs are not filtered out of a shared store; they are
 * simply not in it, so no query form (GRAPH ?g, FROM NAMED, union graph, GSP) can reach them.
 */
public final class PublicDataset {
    private PublicDataset() {}

    public static DatasetGraph of(ReferenceData data) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> ReferenceStore.fill(dsg, data));
        return new DatasetGraphReadOnly(dsg);
    }
}
