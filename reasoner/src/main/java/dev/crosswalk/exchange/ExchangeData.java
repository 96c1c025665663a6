package dev.crosswalk.exchange;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.lookup.ChainExplainer;
import dev.crosswalk.lookup.MappingSetSummary;
import java.util.List;
import org.apache.jena.graph.Graph;

/**
 * What the exports read: the catalog, the reference union (curated rows as reified cw:Mapping, chains as
 * cw:InferredMapping), the loaded mapping sets, the chain reader, and the release that produced them.
 */
public record ExchangeData(Catalog catalog, Graph reference, List<MappingSetSummary> mappingSets, ChainExplainer chains,
                           String version) {}
