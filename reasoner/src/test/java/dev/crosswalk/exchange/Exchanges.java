package dev.crosswalk.exchange;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.SharedCrosswalk;
import dev.crosswalk.catalog.Framework;
import java.util.Comparator;
import java.util.List;

/** The exchange formats over the shared in-memory core, as the server wires them. */
final class Exchanges {
    private static Exchange exchange;

    private Exchanges() {}

    static synchronized Exchange get() {
        if (exchange == null) {
            Crosswalk core = SharedCrosswalk.get();
            exchange = new Exchange(new ExchangeData(core.catalog(), core.referenceDataset().getDefaultGraph(), core.mappingSets(),
                    core.explainer(), "test-version"));
        }
        return exchange;
    }

    /** Framework ids longest first, as the assembly splits mapping-set file names. */
    static List<String> frameworkIds() {
        return get().data().catalog().frameworks().stream().map(Framework::id)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
