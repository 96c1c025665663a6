package dev.crosswalk.store;

import dev.crosswalk.access.AdminKey;
import dev.crosswalk.access.ApiKeys;
import dev.crosswalk.access.KeyRepository;
import dev.crosswalk.gap.GapAnalysis;
import dev.crosswalk.imports.ImportRepository;
import dev.crosswalk.organisation.OrganisationRepository;
import dev.crosswalk.organisation.OrganisationService;
import dev.crosswalk.organisation.ProfileCodec;
import java.time.Clock;
import java.util.Optional;

/**
 * The ports a running service stores through — organisations, API keys and imports — from one
 * backend, and the administration that backend offers. The adapters build it; it hands the
 * application services their ports, so the HTTP edge sees services and never a repository.
 */
public record Storage(String kind, OrganisationRepository organisations, KeyRepository keys, Optional<Compaction> compaction,
                      ImportRepository imports) {

    /** The organisation service over this backend's organisation port. */
    public OrganisationService organisationService(GapAnalysis gaps, ProfileCodec codec) {
        return new OrganisationService(organisations, gaps, codec);
    }

    /** API keys in this backend's key port. */
    public ApiKeys apiKeys(AdminKey admin, Clock clock) {
        return new ApiKeys(keys, admin, clock);
    }

    /** Compacting the backend online; returns its size before and after, in bytes. */
    @FunctionalInterface
    public interface Compaction {
        long[] compact();
    }
}
