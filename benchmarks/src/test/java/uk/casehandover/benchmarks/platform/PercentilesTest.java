package uk.casehandover.benchmarks.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void takesTheNearestRankOfMicrosecondsAndReportsMilliseconds() {
        // given: 1 ms .. 100 ms, shuffled order does not matter
        long[] micros = LongStream.rangeClosed(1, 100).map(i -> (101 - i) * 1000).toArray();

        // when
        Percentiles percentiles = Percentiles.ofMicros(micros);

        // then
        assertThat(percentiles.count()).isEqualTo(100);
        assertThat(percentiles.p50Ms()).isEqualTo(50.0);
        assertThat(percentiles.p95Ms()).isEqualTo(95.0);
        assertThat(percentiles.p99Ms()).isEqualTo(99.0);
        assertThat(percentiles.maxMs()).isEqualTo(100.0);
        assertThat(micros[0]).as("the caller's array is left as it was").isEqualTo(100_000);
    }

    @Test
    void hasNoFiguresForNoLatencies() {
        assertThat(Percentiles.ofMicros(new long[0]).p99Ms()).isNaN();
    }

    @Test
    void summarisesOnlyTheGivenCasesAndCountsThoseNotYetApplied() {
        // given: sent at 0 s, applied 10 ms and 30 ms later; a third sent but not applied; a fourth in another phase
        var all = java.util.Map.of(
                "01AA0000001", new Handovers.Handover("01AA0000001", 1_000_000, 1_010_000, 1_050_000),
                "01AA0000002", new Handovers.Handover("01AA0000002", 1_000_000, 1_030_000, 0),
                "01AA0000003", new Handovers.Handover("01AA0000003", 1_000_000, 0, 0),
                "01AA0000004", new Handovers.Handover("01AA0000004", 9_000_000, 9_500_000, 0));

        // when
        Handovers.Summary summary = Handovers.summarise(
                java.util.List.of("01AA0000001", "01AA0000002", "01AA0000003"), all);

        // then
        assertThat(summary.sent()).isEqualTo(3);
        assertThat(summary.applied()).isEqualTo(2);
        assertThat(summary.oneWay().maxMs()).isEqualTo(30.0);
        assertThat(summary.roundTrip().count()).isEqualTo(1);
        assertThat(summary.perSecond()).isCloseTo(2 / 0.030, org.assertj.core.data.Offset.offset(0.01));
    }
}
