package dev.crosswalk.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Where stored organisations live: the local TDB2 dataset, or a remote SPARQL 1.1 store. */
public interface OrgRepository {

    /**
     * Computes and stores a new version from the current one; returns whether one existed. Failures
     * store nothing. {@code change} may be called again when the profile changed meanwhile, so it
     * must depend on nothing but its input.
     */
    boolean update(String org, Function<Optional<String>, OrganisationStore.Version> change, Actor actor);

    Optional<String> get(String org);

    /** Removes the profile, keeping the history; false when there was none. */
    boolean delete(String org, Actor actor);

    List<OrganisationStore.HistoryEntry> history(String org);

    /** The stored gap-evaluation graph (profile, requirements, obligations), a copy; empty when none. */
    Optional<org.apache.jena.graph.Graph> evaluation(String org);
}
