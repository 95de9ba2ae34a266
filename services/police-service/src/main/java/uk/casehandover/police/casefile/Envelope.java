package uk.casehandover.police.casefile;

import java.time.Instant;
import java.util.UUID;

/** The envelope of an outgoing fact: its id, when, which case, who, and which conversation it belongs to. */
public record Envelope(UUID eventId, Instant occurredAt, String urn, Actor actor, UUID correlationId, UUID causationId) {
}
