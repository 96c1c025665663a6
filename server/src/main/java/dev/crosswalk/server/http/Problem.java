package dev.crosswalk.server.http;

/** An RFC 9457 problem detail, the body of every error response of the REST API. */
public record Problem(String type, String title, int status, String detail, String instance) {
    /** The base of every problem type URI; a short type such as "payload-too-large" is appended. */
    public static final String TYPE_BASE = "https://w3id.org/crosswalk/problems/";

    /** A problem of short type {@code type} (e.g. "payload-too-large"), for writers outside Javalin. */
    public static Problem of(String type, String title, int status, String detail, String instance) {
        return new Problem(TYPE_BASE + type, title, status, detail, instance);
    }
}
