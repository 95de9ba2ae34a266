package uk.casehandover.cps.casefile;

import java.time.Instant;
import java.util.UUID;

/** The identity and causality of a handover in either direction. */
public record Envelope(UUID eventId, Instant occurredAt, Actor actor, UUID correlationId, UUID causationId) {
}
