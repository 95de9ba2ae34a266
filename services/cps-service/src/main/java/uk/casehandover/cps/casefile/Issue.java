package uk.casehandover.cps.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** What the caller gives the case for a fact it may emit: a fresh event id, the time now and who acts. */
public record Issue(UUID eventId, Instant now, Actor actor) {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    public LocalDate today() {
        return now.atZone(LONDON).toLocalDate();
    }

    Envelope envelope(UUID correlationId, UUID causationId) {
        return new Envelope(eventId, now, actor, correlationId, causationId);
    }
}
