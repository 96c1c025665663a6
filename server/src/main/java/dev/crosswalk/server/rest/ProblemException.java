package dev.crosswalk.server.rest;

/** Thrown by route handlers to answer with a specific problem (status, short type, detail). */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final String challenge;
    private int retryAfter;
    private final java.util.Map<String, Object> extensions = new java.util.LinkedHashMap<>();

    public ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, null);
    }

    /** With a {@code WWW-Authenticate} challenge (401 only). */
    public ProblemException(int status, String type, String title, String detail, String challenge) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.challenge = challenge;
    }

    /** Sets a {@code Retry-After} (seconds) for 503s. */
    public ProblemException withRetryAfter(int seconds) {
        this.retryAfter = seconds;
        return this;
    }

    /** Adds an RFC 9457 extension member to the problem body (e.g. the supported media types of a 406). */
    public ProblemException with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    /** The extension members, in the order they were added. */
    public java.util.Map<String, Object> extensions() {
        return java.util.Collections.unmodifiableMap(extensions);
    }

    public int retryAfterSeconds() {
        return retryAfter;
    }

    /** The WWW-Authenticate value to send, or null. */
    public String challenge() {
        return challenge;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
