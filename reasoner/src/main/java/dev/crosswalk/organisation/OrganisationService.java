package dev.crosswalk.organisation;

import dev.crosswalk.gap.GapAnalysis;
import dev.crosswalk.profile.InvalidProfileException;
import dev.crosswalk.profile.OrganisationProfile;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;

/**
 * Stored organisation profiles: each change is read, modified, validated and evaluated, then written
 * as one version with its history entry; a change that fails validation stores nothing.
 */
public final class OrganisationService {
    private final OrganisationRepository repository;
    private final GapAnalysis gaps;
    private final ProfileCodec codec;

    public OrganisationService(OrganisationRepository repository, GapAnalysis gaps, ProfileCodec codec) {
        this.repository = repository;
        this.gaps = gaps;
        this.codec = codec;
    }

    /**
     * Stores {@code profile} as the organisation's profile; returns true when it replaced one.
     * {@link InvalidProfileException} when it is invalid or names another organisation.
     */
    public boolean put(OrganisationId org, OrganisationProfile profile, Actor actor) {
        if (profile.organisation() != null && !org.value().equals(profile.organisation().id())) {
            throw new InvalidProfileException(List.of(new InvalidProfileException.FieldError("organisation.id",
                    "organisation.id '" + profile.organisation().id() + "' differs from the path's organisation '" + org + "'.")));
        }
        Graph evaluation = gaps.evaluationGraph(gaps.prepare(profile));
        String json = codec.write(profile);
        String detail = profile.controls().size() + " controls, " + profile.aiSystems().size() + " AI systems";
        return repository.update(org, current -> new OrganisationRepository.Version(json, evaluation,
                current.isPresent() ? "replace-profile" : "create-profile", detail), actor);
    }

    /** Sets one control's status in the stored profile (replacing an earlier entry for the same provision). */
    public void updateControl(OrganisationId org, OrganisationProfile.ControlStatus control, Actor actor) {
        repository.update(org, current -> {
            OrganisationProfile old = codec.read(current.orElseThrow(() -> new UnknownOrganisationException(org)));
            List<OrganisationProfile.ControlStatus> controls = new ArrayList<>(old.controls());
            controls.removeIf(c -> control.provision().equals(c.provision()));
            controls.add(control);
            OrganisationProfile next = new OrganisationProfile(old.organisation(), old.managementSystems(), old.scope(),
                    old.aiSystems(), controls);
            return new OrganisationRepository.Version(codec.write(next), gaps.evaluationGraph(gaps.prepare(next)), "update-control",
                    control.provision() + " -> " + control.status());
        }, actor);
    }

    /** The stored profile's JSON text, as stored. */
    public String profileJson(OrganisationId org) {
        return repository.get(org).orElseThrow(() -> new UnknownOrganisationException(org));
    }

    /** The stored profile, for the analyses. */
    public OrganisationProfile profile(OrganisationId org) {
        return codec.read(profileJson(org));
    }

    /** Removes the profile; its history stays, with the deletion recorded. */
    public void delete(OrganisationId org, Actor actor) {
        if (!repository.delete(org, actor)) throw new UnknownOrganisationException(org);
    }

    /** The change history, oldest first (empty for an organisation never stored). */
    public List<OrganisationRepository.HistoryEntry> history(OrganisationId org) {
        return repository.history(org);
    }

    /**
     * The gap-evaluation graph for organisation queries: the stored one when it was made against this
     * service's reference data, else the stored profile evaluated again (an import changed the data
     * since the last write; the stored graph is replaced at the next write).
     */
    public Graph evaluation(OrganisationId org) {
        Graph stored = repository.evaluation(org).orElseThrow(() -> new UnknownOrganisationException(org));
        return gaps.isCurrent(stored) ? stored : gaps.evaluationGraph(gaps.prepare(profile(org)));
    }
}
