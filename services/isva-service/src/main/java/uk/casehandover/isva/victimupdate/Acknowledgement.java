package uk.casehandover.isva.victimupdate;

import java.time.Instant;
import java.util.UUID;

/** An ISVA person marked an update as read; {@code eventId} is the VictimUpdateAcknowledged sent to the police. */
public record Acknowledgement(Instant at, String actorId, UUID eventId) {
}
