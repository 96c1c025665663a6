package dev.crosswalk;

import java.util.function.Supplier;

/** A value built on first use, once, by whichever thread asks first; the others wait for it. */
final class Lazy<T> implements Supplier<T> {
    private Supplier<T> build;
    private volatile T value;

    private Lazy(Supplier<T> build) {
        this.build = build;
    }

    static <T> Lazy<T> of(Supplier<T> build) {
        return new Lazy<>(build);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) {
                    value = build.get();
                    build = null;  // lets what only the building needed go
                }
                v = value;
            }
        }
        return v;
    }
}
