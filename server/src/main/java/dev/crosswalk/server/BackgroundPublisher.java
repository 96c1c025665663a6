package dev.crosswalk.server;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.store.StorePublication;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes reference models to the store one at a time and in order, on a thread of its own: the model of the start is
 * held until the server answers, an import's model waits behind it, so the store always ends with the newest model.
 */
final class BackgroundPublisher implements StorePublication, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundPublisher.class);
    /** How long closing waits for a publication under way (a TDB2 write commits whole or not at all). */
    private static final Duration CLOSE_WAIT = Duration.ofMinutes(2);

    private final Function<ReferenceModel, Crosswalk.Publication> publish;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "crosswalk-publish");
        t.setDaemon(true);
        return t;
    });
    private ReferenceModel held;
    private int pending;
    private Status last = new Status(State.DONE, false, 0, null);

    BackgroundPublisher(Function<ReferenceModel, Crosswalk.Publication> publish) {
        this.publish = publish;
    }

    /** Holds {@code model} until {@link #start}: it is published after the server answers. */
    synchronized void hold(ReferenceModel model) {
        held = model;
        pending++;
    }

    /** Starts publishing the held model, if any. */
    synchronized void start() {
        if (held == null) return;
        ReferenceModel model = held;
        held = null;
        pending--;
        submit(model);
    }

    /** Publishes {@code model} after whatever is held or under way, and waits for it (an import answers once the store has it). */
    Crosswalk.Publication publishNow(ReferenceModel model) {
        Future<Crosswalk.Publication> done;
        synchronized (this) {
            start();
            done = submit(model);
        }
        try {
            return done.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException("Publishing the reference data failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing the reference data", e);
        }
    }

    private Future<Crosswalk.Publication> submit(ReferenceModel model) {
        pending++;
        return thread.submit(() -> {
            try {
                Crosswalk.Publication p = publish.apply(model);
                finished(new Status(State.DONE, p.written(), p.millis(), null));
                return p;
            } catch (RuntimeException e) {
                LOG.warn("Publishing the reference data to the store failed; the server answers from memory as before: " + e.getMessage(), e);
                finished(new Status(State.FAILED, false, 0, String.valueOf(e.getMessage())));
                throw e;
            }
        });
    }

    private synchronized void finished(Status status) {
        pending--;
        last = status;
        notifyAll();
    }

    @Override
    public synchronized Status status() {
        return pending > 0 ? new Status(State.PUBLISHING, last.written(), last.millis(), null) : last;
    }

    /** Waits until nothing is held or under way, at most {@code limit}; true when the store is done (or failed). */
    synchronized boolean await(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (pending > 0 && held == null) {
            long left = end - System.nanoTime();
            if (left <= 0) return false;
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return pending == 0;
    }

    /** Finishes what is under way (a held model is dropped: the next start publishes it), then stops the thread. */
    @Override
    public void close() {
        synchronized (this) {
            if (held != null) {
                held = null;
                pending--;
            }
        }
        thread.shutdown();
        try {
            if (!thread.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Publishing the reference data did not finish in " + CLOSE_WAIT + "; the next start publishes it again.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
