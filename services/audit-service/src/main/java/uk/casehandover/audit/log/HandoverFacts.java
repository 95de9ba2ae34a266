package uk.casehandover.audit.log;

import java.time.Instant;

/**
 * What the log reads from a decoded handover: its identity, type, case, producer and time, the agency its topic
 * delivers to, and the event it acknowledges if it is an acknowledgement ({@code null} otherwise).
 */
public record HandoverFacts(String eventId, String eventType, String urn, String producingAgency, String producerId,
        Instant occurredAt, String receivingAgency, String acknowledgesEventId) {
}
