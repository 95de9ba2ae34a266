package uk.casehandover.timeliness.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.stereotype.Component;
import uk.casehandover.common.v1.Actor;
import uk.casehandover.common.v1.ActorRole;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.runtime.outbox.Outbox;
import uk.casehandover.schemas.Topics;
import uk.casehandover.timeliness.v1.ClockType;
import uk.casehandover.timeliness.v1.HandoverOverdue;
import uk.casehandover.timeliness.v1.StatutoryClockBreached;
import uk.casehandover.timeliness.v1.StatutoryClockMet;
import uk.casehandover.timeliness.v1.StatutoryClockStarted;

/**
 * Appends the platform's timeliness events to the outbox for platform.timeliness, in the caller's transaction, produced
 * by the platform as "timeliness-service" (actor the same id, role SYSTEM); causation and correlation come from the
 * event that caused each one.
 */
@Component
public class TimelinessEvents {

    public static final String PRODUCER = "timeliness-service";

    private final Outbox outbox;
    private final Clock clock;

    TimelinessEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Where an event came from: its case, its conversation and the event that caused it. */
    public record Cause(String urn, UUID correlationId, UUID causationId) {
    }

    public UUID overdue(Cause cause, UUID overdueEventId, String overdueEventType, String topic, Agency sender,
            String senderId, Agency receiver, Instant sentAt, Instant dueBy) {
        HandoverMetadata metadata = metadata(cause);
        append(HandoverOverdue.newBuilder().setMetadata(metadata).setOverdueEventId(overdueEventId)
                .setOverdueEventType(overdueEventType).setTopic(topic).setSender(sender).setSenderId(senderId)
                .setReceiver(receiver).setSentAt(sentAt).setDueBy(dueBy).build());
        return metadata.getEventId();
    }

    public UUID started(Cause cause, UUID clockId, ClockType type, String forceCode, String cpsArea, Instant startedAt,
            Instant deadline, String rule) {
        HandoverMetadata metadata = metadata(cause);
        append(StatutoryClockStarted.newBuilder().setMetadata(metadata).setClockId(clockId).setClockType(type)
                .setForceCode(forceCode).setCpsArea(cpsArea).setStartedAt(startedAt).setDeadline(deadline)
                .setRule(rule).build());
        return metadata.getEventId();
    }

    public UUID met(Cause cause, UUID clockId, ClockType type, Instant deadline, Instant metAt) {
        HandoverMetadata metadata = metadata(cause);
        append(StatutoryClockMet.newBuilder().setMetadata(metadata).setClockId(clockId).setClockType(type)
                .setDeadline(deadline).setMetAt(metAt).build());
        return metadata.getEventId();
    }

    public UUID breached(Cause cause, UUID clockId, ClockType type, Instant deadline, Instant detectedAt) {
        HandoverMetadata metadata = metadata(cause);
        append(StatutoryClockBreached.newBuilder().setMetadata(metadata).setClockId(clockId).setClockType(type)
                .setDeadline(deadline).setDetectedAt(detectedAt).build());
        return metadata.getEventId();
    }

    private void append(SpecificRecord event) {
        outbox.append(Topics.PLATFORM_TIMELINESS, event);
    }

    private HandoverMetadata metadata(Cause cause) {
        return HandoverMetadata.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(clock.instant())
                .setUrn(cause.urn())
                .setProducingAgency(Agency.PLATFORM)
                .setProducerId(PRODUCER)
                .setActor(new Actor(PRODUCER, ActorRole.SYSTEM))
                .setCorrelationId(cause.correlationId())
                .setCausationId(cause.causationId())
                .build();
    }
}
