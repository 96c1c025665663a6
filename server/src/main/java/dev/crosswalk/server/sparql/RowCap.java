package dev.crosswalk.server.sparql;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.util.Context;

/**
 * Caps the solutions of every query on one dataset: a query without a LIMIT, or with a larger one,
 * runs as if it said {@code LIMIT cap}. Installed in that dataset's own engine registry, so no
 * other dataset (the organisations' store, the analyses) is affected.
 */
public final class RowCap implements QueryEngineFactory {
    private final long cap;

    private RowCap(long cap) {
        this.cap = cap;
    }

    /** Installs the cap in {@code context} (a dataset's context), ahead of the engines already registered. */
    public static void install(Context context, long cap) {
        QueryEngineRegistry registry = QueryEngineRegistry.get().copy();
        registry.add(new RowCap(cap));
        QueryEngineRegistry.set(context, registry);
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return true;
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
        Query capped = query;
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > cap)) {
            capped = query.cloneQuery();
            capped.setLimit(cap);
        }
        return QueryEngineMain.getFactory().create(capped, dataset, input, context);
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return false;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
        throw new UnsupportedOperationException("RowCap only plans whole queries");
    }
}
