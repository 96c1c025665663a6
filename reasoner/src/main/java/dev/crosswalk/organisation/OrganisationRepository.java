package dev.crosswalk.organisation;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;

/** Port: where stored organisations live (the embedded TDB2 store or a remote SPARQL 1.1 store). */
public interface OrganisationRepository {

    /**
     * Computes and stores a new version from the current one; returns whether one existed. Failures
     * store nothing. {@code change} may be called again when the profile changed meanwhile, so it
     * must depend on nothing but its input.
     */
    boolean update(OrganisationId org, Function<Optional<String>, Version> change, Actor actor);

    /** The stored profile JSON, if any. */
    Optional<String> get(OrganisationId org);

    /** Removes the profile, keeping the history; false when there was none. */
    boolean delete(OrganisationId org, Actor actor);

    /** The organisation's change history, oldest first. */
    List<HistoryEntry> history(OrganisationId org);

    /** The stored gap-evaluation graph (profile, requirements, obligations), a copy; empty when none. */
    Optional<Graph> evaluation(OrganisationId org);

    /** A new version of a stored profile: its JSON text, its gap-evaluation graph, and what changed. */
    record Version(String json, Graph evaluation, String action, String detail) {}

    /** One recorded change: what, when, by whom (the agent's name and IRI). */
    record HistoryEntry(String activity, String action, String at, String by, String agent, String detail) {}
}
