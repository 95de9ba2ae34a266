package uk.casehandover.isva.victimupdate.messaging;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.casehandover.common.v1.Actor;
import uk.casehandover.common.v1.ActorRole;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.common.v1.HandoverAcknowledged;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.isva.v1.VictimUpdateAcknowledged;
import uk.casehandover.isva.victimupdate.IsvaHandovers;
import uk.casehandover.isva.victimupdate.ReceivedHandover;
import uk.casehandover.isva.victimupdate.VictimUpdate;
import uk.casehandover.runtime.outbox.Outbox;
import uk.casehandover.schemas.Topics;

/**
 * Hands this service's events back to the police on {@code handover.isva-to-police} through the outbox, in the
 * caller's transaction. The producer is the ISVA service the handover concerns; receipts are acknowledged by this
 * system, updates by the ISVA person who read them.
 */
@Component
class OutboxIsvaHandovers implements IsvaHandovers {

    static final String SYSTEM_ACTOR = "isva-service";

    private final Outbox outbox;
    private final Clock clock;

    OutboxIsvaHandovers(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void receiptAcknowledged(ReceivedHandover handover, String isvaServiceId) {
        outbox.append(Topics.ISVA_TO_POLICE, HandoverAcknowledged.newBuilder()
                .setMetadata(metadata(handover.urn(), isvaServiceId, new Actor(SYSTEM_ACTOR, ActorRole.SYSTEM),
                        handover.correlationId(), handover.eventId(), UUID.randomUUID()))
                .setAcknowledgedEventId(handover.eventId())
                .setAcknowledgedEventType(handover.eventType())
                .build());
    }

    @Override
    public void updateAcknowledged(VictimUpdate update) {
        outbox.append(Topics.ISVA_TO_POLICE, VictimUpdateAcknowledged.newBuilder()
                .setMetadata(metadata(update.key().urn(), update.key().isvaServiceId(),
                        new Actor(update.acknowledgement().actorId(), ActorRole.ISVA), update.correlationId(),
                        update.updateId(), update.acknowledgement().eventId()))
                .setUpdateEventId(update.updateId())
                .setVictimId(update.key().victimId())
                .setIsvaServiceId(update.key().isvaServiceId())
                .build());
    }

    private HandoverMetadata metadata(String urn, String isvaServiceId, Actor actor, UUID correlationId,
            UUID causationId, UUID eventId) {
        return HandoverMetadata.newBuilder()
                .setEventId(eventId)
                .setOccurredAt(clock.instant())
                .setUrn(urn)
                .setProducingAgency(Agency.ISVA_SERVICE)
                .setProducerId(isvaServiceId)
                .setActor(actor)
                .setCorrelationId(correlationId)
                .setCausationId(causationId)
                .build();
    }
}
