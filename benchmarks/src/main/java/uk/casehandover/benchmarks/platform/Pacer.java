package uk.casehandover.benchmarks.platform;

import java.util.concurrent.locks.LockSupport;

/** Open-loop pacing: the i-th operation is due at start + i / rate, whatever happened to the ones before. */
final class Pacer {

    private final long start = System.nanoTime();
    private final double nanosPerOperation;

    /** {@code ratePerSecond} 0 means no pacing: every operation is due at once. */
    Pacer(double ratePerSecond) {
        this.nanosPerOperation = ratePerSecond <= 0 ? 0 : 1e9 / ratePerSecond;
    }

    void awaitTurn(long operation) {
        if (nanosPerOperation == 0) {
            return;
        }
        long due = start + (long) (operation * nanosPerOperation);
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(Math.min(wait, 1_000_000));
        }
    }

    long elapsedNanos() {
        return System.nanoTime() - start;
    }
}
