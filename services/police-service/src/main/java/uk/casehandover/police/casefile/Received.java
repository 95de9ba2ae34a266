package uk.casehandover.police.casefile;

import java.time.Instant;
import java.util.UUID;

/** The envelope of a received handover: its id and type, when the sender says it happened, its conversation. */
public record Received(UUID eventId, String eventType, Instant occurredAt, String urn, UUID correlationId) {
}
