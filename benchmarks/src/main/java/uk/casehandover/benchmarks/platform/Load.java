package uk.casehandover.benchmarks.platform;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Drives one HTTP operation per URN: open loop at a fixed rate (the i-th call is due at start + i / rate, at most
 * {@code maxInFlight} outstanding, so a platform that cannot keep up shows as a shortfall, not as a slower offer),
 * or closed loop (rate 0: {@code maxInFlight} calls always outstanding), for at most {@code seconds}, until the
 * URNs run out or until told to stop.
 */
final class Load {

    /** What was sent: calls answered 2xx, calls refused (by status) or failed, and the wall-clock window. */
    record Outcome(int used, long succeeded, Map<String, Long> failures, long startMillis, long endMillis,
            boolean stopped) {
        double seconds() {
            return (endMillis - startMillis) / 1000.0;
        }
    }

    private Load() {
    }

    static Outcome run(List<String> urns, double ratePerSecond, int maxInFlight, double seconds,
            Function<String, CompletableFuture<Integer>> call) throws InterruptedException {
        return run(urns, ratePerSecond, maxInFlight, seconds, () -> false, call);
    }

    /** As above, also stopping early once {@code stop} says so (checked before every call). */
    static Outcome run(List<String> urns, double ratePerSecond, int maxInFlight, double seconds, BooleanSupplier stop,
            Function<String, CompletableFuture<Integer>> call) throws InterruptedException {
        Semaphore inFlight = new Semaphore(maxInFlight);
        AtomicLong succeeded = new AtomicLong();
        Map<String, Long> failures = new ConcurrentHashMap<>();
        Pacer pacer = new Pacer(ratePerSecond);
        long startMillis = System.currentTimeMillis();
        long end = (long) (seconds * 1e9);
        int used = 0;
        boolean stopped = false;
        while (used < urns.size() && pacer.elapsedNanos() < end) {
            if (stop.getAsBoolean()) {
                stopped = true;
                break;
            }
            pacer.awaitTurn(used);
            if (!inFlight.tryAcquire((long) (end - pacer.elapsedNanos()), TimeUnit.NANOSECONDS)) {
                break;
            }
            call.apply(urns.get(used++)).whenComplete((status, failure) -> {
                if (failure != null) {
                    failures.merge(failure.getClass().getSimpleName(), 1L, Long::sum);
                } else if (status / 100 == 2) {
                    succeeded.incrementAndGet();
                } else {
                    failures.merge("HTTP " + status, 1L, Long::sum);
                }
                inFlight.release(); // last: the caller counts once every permit is back
            });
        }
        long endMillis = System.currentTimeMillis();
        inFlight.acquire(maxInFlight); // every call answered
        inFlight.release(maxInFlight);
        return new Outcome(used, succeeded.get(), Map.copyOf(failures), startMillis, endMillis, stopped);
    }
}
