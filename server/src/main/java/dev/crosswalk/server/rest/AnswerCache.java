package dev.crosswalk.server.rest;

import dev.crosswalk.Crosswalk;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Serialised answers of reference-data routes, kept per request key for one core: a request on another
 * core (an import replaced it) starts an empty cache, so a swap never serves an old answer.
 */
final class AnswerCache {
    /** System property: the byte budget of the cached answers of one core ({@value #DEFAULT_BUDGET}); 0 turns caching off. */
    static final String BUDGET_PROPERTY = "crosswalk.http.answerCacheBytes";
    static final long DEFAULT_BUDGET = 32L * 1024 * 1024;

    /** One rendered answer: its bytes, its media type and a strong ETag over the bytes. */
    record Answer(byte[] bytes, String contentType, String etag) {
        static Answer of(String text, String contentType) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return new Answer(bytes, contentType, tagOf(bytes));
        }
    }

    private record Generation(Crosswalk core, ConcurrentHashMap<String, Answer> answers, AtomicLong bytes) {}

    private final long budget;
    private final AtomicReference<Generation> current = new AtomicReference<>();

    AnswerCache(long budget) {
        this.budget = budget;
    }

    /** The cache sized by {@link #BUDGET_PROPERTY}. */
    static AnswerCache fromSystemProperties() {
        return new AnswerCache(Long.getLong(BUDGET_PROPERTY, DEFAULT_BUDGET));
    }

    /**
     * The answer to {@code key} on {@code core}, rendered by {@code render} the first time; rendered
     * again (not kept) once the budget is spent, so the memory stays bounded whatever keys are asked.
     */
    Answer get(Crosswalk core, String key, Supplier<Answer> render) {
        if (budget <= 0) return render.get();
        Generation g = generation(core);
        if (g == null) return render.get();
        Answer hit = g.answers().get(key);
        if (hit != null) return hit;
        Answer fresh = render.get();
        if (g.bytes().addAndGet(fresh.bytes().length) > budget) {
            g.bytes().addAndGet(-fresh.bytes().length);
            return fresh;
        }
        Answer raced = g.answers().putIfAbsent(key, fresh);
        if (raced != null) g.bytes().addAndGet(-fresh.bytes().length);
        return raced != null ? raced : fresh;
    }

    /** Number of answers kept for {@code core} (0 when the cache holds another core's). */
    int size(Crosswalk core) {
        Generation g = current.get();
        return g != null && g.core() == core ? g.answers().size() : 0;
    }

    private Generation generation(Crosswalk core) {
        Generation g = current.get();
        if (g != null && g.core() == core) return g;
        Generation next = new Generation(core, new ConcurrentHashMap<>(), new AtomicLong());
        if (current.compareAndSet(g, next)) return next;
        g = current.get();
        return g != null && g.core() == core ? g : null;  // lost a race with a request on another core: render uncached
    }

    /**
     * Writes {@code answer} to {@code ctx}, or a 304 without body when the request's If-None-Match names its ETag.
     * Cache-Control no-cache: a client may keep it but asks again, as an import can change the reference data.
     */
    static void send(Context ctx, Answer answer) {
        ctx.header("ETag", answer.etag());
        ctx.header("Cache-Control", "no-cache");
        if (matches(ctx.header("If-None-Match"), answer.etag())) {
            ctx.status(304);
            return;
        }
        ctx.contentType(answer.contentType()).result(answer.bytes());
    }

    /** RFC 9110 §13.1.2: "*" or any listed tag equal to ours under weak comparison. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) t = t.substring(2);
            if (t.equals("*") || t.equals(etag)) return true;
        }
        return false;
    }

    private static String tagOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
