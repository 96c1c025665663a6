package dev.crosswalk.server.http;

import java.time.Duration;

/**
 * What one request may cost: SPARQL time to first result and in total, result rows, body bytes,
 * and time for a REST analysis. Checked at once: a limit that is zero, negative or inconsistent is
 * refused with {@link IllegalArgumentException} naming it.
 */
public record Limits(Duration queryFirstResult, Duration queryTotal, long maxRows, long maxBodyBytes, Duration analysisTimeout) {

    public Limits {
        positive("query first-result timeout", queryFirstResult);
        positive("query total timeout", queryTotal);
        positive("analysis timeout", analysisTimeout);
        if (queryFirstResult.compareTo(queryTotal) > 0) {
            throw new IllegalArgumentException("The query first-result timeout (" + queryFirstResult.toMillis()
                    + " ms) must not exceed the total timeout (" + queryTotal.toMillis() + " ms)");
        }
        if (maxRows < 1) throw new IllegalArgumentException("The result row cap must be at least 1, not " + maxRows);
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("The body size cap must be at least 1024 bytes, not " + maxBodyBytes);
    }

    /** 10 s to the first result, 30 s in total, 10,000 rows, 1 MB bodies, 20 s per analysis. */
    public static Limits defaults() {
        return new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30), 10_000, 1_000_000, Duration.ofSeconds(20));
    }

    public Limits withQueryTimeouts(Duration first, Duration total) {
        return new Limits(first, total, maxRows, maxBodyBytes, analysisTimeout);
    }

    public Limits withMaxRows(long rows) {
        return new Limits(queryFirstResult, queryTotal, rows, maxBodyBytes, analysisTimeout);
    }

    public Limits withMaxBodyBytes(long bytes) {
        return new Limits(queryFirstResult, queryTotal, maxRows, bytes, analysisTimeout);
    }

    public Limits withAnalysisTimeout(Duration timeout) {
        return new Limits(queryFirstResult, queryTotal, maxRows, maxBodyBytes, timeout);
    }

    private static void positive(String name, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) throw new IllegalArgumentException("The " + name + " must be positive");
    }
}
