package dev.crosswalk.access;

/**
 * What is stored about an organisation's API key: never the key itself, only its SHA-256 hash.
 * {@code revoked} is null while the key is live.
 */
public record ApiKey(String id, String organisation, String owner, String hash, String created, String createdBy,
                     String revoked, String revokedBy) {

    public boolean live() {
        return revoked == null;
    }

    /** The same record without its hash, for listings. */
    public ApiKey withoutHash() {
        return new ApiKey(id, organisation, owner, null, created, createdBy, revoked, revokedBy);
    }
}
