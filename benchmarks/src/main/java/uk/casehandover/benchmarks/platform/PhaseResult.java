package uk.casehandover.benchmarks.platform;

/**
 * One measured phase: what was offered and what came through, its latency percentiles and what the processes used
 * meanwhile. {@code offeredPerSecond} is 0 for an as-fast-as-possible phase.
 */
record PhaseResult(String name, String kind, double offeredPerSecond, double seconds, long count,
        double throughputPerSecond, Percentiles latency, Percentiles roundTrip, ProcessSampler.Usage usage,
        long maxLag) {
}
