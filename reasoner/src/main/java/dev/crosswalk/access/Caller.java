package dev.crosswalk.access;

/** Who sent a request, as established from its bearer token. */
public sealed interface Caller {

    /** No token was sent. */
    record Anonymous() implements Caller {}

    /** A token was sent but is malformed, unknown or revoked. */
    record Rejected(String reason) implements Caller {}

    /** The administrator (manages keys; reads no organisation's data). */
    record Admin() implements Caller {}

    /** A live organisation key. */
    record Organisation(ApiKey key) implements Caller {}
}
