package dev.crosswalk.access;

import java.util.List;
import java.util.Optional;

/** Where API key records live: beside the organisations, in the local TDB2 dataset or the remote store. */
public interface KeyRepository {

    /** Stores a new key record in one write. */
    void add(ApiKey key);

    /** The record with this id, live or revoked. */
    Optional<ApiKey> find(String id);

    /** All key records of an organisation, oldest first. */
    List<ApiKey> list(String organisation);

    /** Marks a live key revoked in one write; false when there is no live key with this id for the organisation. */
    boolean revoke(String organisation, String id, String at, String by);
}
