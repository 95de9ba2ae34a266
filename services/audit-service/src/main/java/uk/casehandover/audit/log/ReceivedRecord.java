package uk.casehandover.audit.log;

import java.time.Instant;

/**
 * A handover record as the log receives it: where it was on Kafka, its broker timestamp, its exact value bytes and
 * the metadata read from a decoded copy ({@link HandoverFacts}).
 */
public record ReceivedRecord(String topic, int partition, long offset, Instant recordTimestamp, byte[] value,
        HandoverFacts facts) {
}
