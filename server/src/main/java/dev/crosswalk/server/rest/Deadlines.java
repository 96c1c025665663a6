package dev.crosswalk.server.rest;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs read-only analyses on a bounded pool with a time limit: a request that takes too long gets
 * a 503 with Retry-After instead of holding its connection, and a flood of analyses queues in a
 * bounded line (then 503) instead of starving the lookups. Writes are never run here: an
 * answer must not time out after its transaction began.
 */
final class Deadlines {
    private final ThreadPoolExecutor pool;
    private final Duration timeout;

    Deadlines(Duration timeout) {
        this.timeout = timeout;
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads * 16), r -> {
            Thread t = new Thread(r, "crosswalk-analysis-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
    }

    /** The result of {@code work}, or a 503 problem when it does not finish within the limit. */
    <T> T run(String what, Supplier<T> work) {
        Future<T> f;
        try {
            f = pool.submit(work::get);
        } catch (RejectedExecutionException e) {
            throw new ProblemException(503, "busy", "Service busy", "Too many analyses are running; try again shortly.").withRetryAfter(5);
        }
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new ProblemException(503, "timeout", "Analysis timed out", "The " + what + " did not finish within "
                    + timeout.toSeconds() + " s (the server's analysis time limit).").withRetryAfter(30);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(503, "interrupted", "Interrupted", "The server is shutting down.");
        }
    }
}
