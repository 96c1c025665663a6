package dev.crosswalk.store;

/**
 * How the latest publication of the reference data to the store went, read live: a server publishes to a new store in
 * the background after it answers (it serves the model from memory), so its health says whether the store has it yet.
 */
public interface StorePublication {
    /** Where the latest publication stands. */
    enum State { PUBLISHING, DONE, FAILED }

    /** The latest publication: its state, whether it wrote anything (false when the store was current), its milliseconds. */
    record Status(State state, boolean written, long millis, String problem) {}

    /** The status now. */
    Status status();
}
