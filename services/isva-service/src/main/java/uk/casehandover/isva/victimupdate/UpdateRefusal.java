package uk.casehandover.isva.victimupdate;

import java.time.Instant;
import java.util.UUID;

/** The fact that an issued update was refused: which event, for whom, why, when. Never the update's content. */
public record UpdateRefusal(UUID updateEventId, ConsentKey key, RefusalReason reason, Instant refusedAt) {
}
