package dev.crosswalk.server.export;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.exchange.Exchange;
import dev.crosswalk.exchange.ExchangeData;
import dev.crosswalk.exchange.FrameworkPair;
import dev.crosswalk.exchange.InvalidExportException;
import dev.crosswalk.server.report.CrosswalkWorkbook;
import dev.crosswalk.server.report.ReferenceCsv;
import java.util.List;

/**
 * The exports of REST and the CLI, one code path: parameters in, bytes out. The one place the exports read the
 * {@link Crosswalk} facade, so a change to it touches only {@link #of}.
 */
public final class Exports {
    private final Exchange exchange;
    private final Catalog catalog;

    private Exports(Exchange exchange) {
        this.exchange = exchange;
        this.catalog = exchange.data().catalog();
    }

    public static Exports of(Crosswalk core) {
        return new Exports(new Exchange(new ExchangeData(core.catalog(), core.referenceDataset().getDefaultGraph(), core.mappingSets(),
                core.explainer(), Crosswalk.version())));
    }

    /**
     * The export; {@link dev.crosswalk.catalog.UnknownReferenceException} for an unknown framework id,
     * {@link InvalidExportException} for parameters that do not fit, {@link dev.crosswalk.exchange.NoMappingsException} when
     * nothing answers.
     */
    public Export render(ExportRequest r) {
        return switch (r.format()) {
            case SSSOM -> Export.text(r, exchange.sssom(r.selection(), r.predicates()));
            case OSCAL_MAPPING -> Export.text(r, exchange.oscalMapping(r.selection()));
            case OSCAL_CATALOG -> {
                if (r.from() != null || r.to() != null) {
                    throw new InvalidExportException("An OSCAL catalog is one framework: give framework=<id>, not from/to.");
                }
                yield Export.text(r, exchange.oscalCatalog(r.framework()));
            }
            case CSV -> Export.text(r, ReferenceCsv.crosswalk(exchange.select(r.selection()), catalog));
            case XLSX -> new Export(r.format().mediaType(), r.fileName(), CrosswalkWorkbook.of(matrix(r), catalog));
        };
    }

    private FrameworkPair matrix(ExportRequest r) {
        if (r.from() == null || r.to() == null) {
            throw new InvalidExportException("The xlsx export is the crosswalk matrix between two frameworks: give from=<id> and to=<id>.");
        }
        List<FrameworkPair> pairs = exchange.select(r.selection());
        return pairs.get(0);
    }

    /** Turtle ({@code turtle}) or JSON-LD ({@code jsonld}) of a provision with its mappings. */
    public String provision(Provision p, String format) {
        return exchange.provision(p, format);
    }
}
