package uk.casehandover.isva.victimupdate;

import java.time.Instant;
import java.util.UUID;

/** What every handover event from the police carries that this service needs to acknowledge it. */
public record ReceivedHandover(UUID eventId, String eventType, String urn, UUID correlationId, Instant occurredAt) {
}
