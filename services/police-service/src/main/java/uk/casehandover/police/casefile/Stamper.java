package uk.casehandover.police.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;

/** Gives outgoing facts their identity and time; injected so that tests can fix both. */
public final class Stamper {

    /** Dates a victim is told about are dates in England and Wales. */
    public static final ZoneId LOCAL_ZONE = ZoneId.of("Europe/London");

    private final Clock clock;
    private final Supplier<UUID> ids;

    public Stamper(Clock clock, Supplier<UUID> ids) {
        this.clock = clock;
        this.ids = ids;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), LOCAL_ZONE);
    }

    /** A fact that answers or follows another: same conversation, caused by {@code causationId}. */
    public Envelope stamp(String urn, Actor actor, UUID correlationId, UUID causationId) {
        return new Envelope(ids.get(), now(), urn, actor, correlationId, causationId);
    }

    /** A fact that starts a conversation of its own: its correlation id is its own event id. */
    public Envelope startConversation(String urn, Actor actor) {
        UUID eventId = ids.get();
        return new Envelope(eventId, now(), urn, actor, eventId, null);
    }
}
