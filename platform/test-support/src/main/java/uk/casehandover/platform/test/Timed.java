package uk.casehandover.platform.test;

import java.util.function.Supplier;

/** A value together with how long it took to obtain. */
record Timed<T>(T value, long millis) {

    static <T> Timed<T> of(Supplier<T> action) {
        long started = System.nanoTime();
        T value = action.get();
        return new Timed<>(value, SharedPlatform.millisSince(started));
    }
}
