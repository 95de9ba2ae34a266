package uk.casehandover.isva.victimupdate.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casehandover.isva.victimupdate.VictimUpdates;
import uk.casehandover.police.v1.VictimConsentGiven;
import uk.casehandover.police.v1.VictimConsentWithdrawn;
import uk.casehandover.police.v1.VictimUpdateIssued;
import uk.casehandover.runtime.inbox.HandoverMessage;
import uk.casehandover.runtime.inbox.Inbox;
import uk.casehandover.schemas.HandoverValidation;
import uk.casehandover.schemas.identifiers.Violation;

/**
 * Applies each police handover on {@code handover.police-to-isva} once: the inbox row, the consent or update change
 * and the acknowledgement back to the police commit together. A record that breaks the topic's contract is refused
 * with its violations (and so dead-lettered by the binder); nothing of it is applied.
 */
@Component("policeToIsva")
class PoliceToIsvaConsumer implements Consumer<Message<SpecificRecord>> {

    private static final Logger log = LoggerFactory.getLogger(PoliceToIsvaConsumer.class);

    private final VictimUpdates victimUpdates;
    private final Inbox inbox;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String consumer;

    PoliceToIsvaConsumer(VictimUpdates victimUpdates, Inbox inbox, TransactionTemplate transaction, Clock clock,
            @Value("${spring.application.name}") String consumer) {
        this.victimUpdates = victimUpdates;
        this.inbox = inbox;
        this.transaction = transaction;
        this.clock = clock;
        this.consumer = consumer;
    }

    @Override
    public void accept(Message<SpecificRecord> message) {
        HandoverMessage handover = HandoverMessage.of(message);
        conform(handover);
        transaction.executeWithoutResult(status -> {
            if (!inbox.firstDelivery(consumer, handover)) {
                log.debug("Skipped {} {}: already applied", handover.eventType(), handover.eventId());
                return;
            }
            Object outcome = apply(handover.event());
            log.info("Applied {} {}: {}", handover.eventType(), handover.eventId(), outcome);
        });
    }

    private Object apply(SpecificRecord event) {
        if (event instanceof VictimConsentGiven given) {
            return victimUpdates.consentGiven(PoliceEvents.consentGiven(given)).status();
        }
        if (event instanceof VictimConsentWithdrawn withdrawn) {
            return victimUpdates.consentWithdrawn(PoliceEvents.consentWithdrawn(withdrawn)).status();
        }
        if (event instanceof VictimUpdateIssued issued) {
            return victimUpdates.updateIssued(PoliceEvents.updateIssued(issued, clock)).getClass().getSimpleName();
        }
        throw new IllegalStateException("unreachable: the topic's contract admits no other event");
    }

    private static void conform(HandoverMessage handover) {
        List<Violation> violations = new ArrayList<>(HandoverValidation.validate(handover.topic(), handover.event()));
        Object isvaServiceId = handover.event().getSchema().getField("isvaServiceId") == null ? null
                : handover.event().get(handover.event().getSchema().getField("isvaServiceId").pos());
        Object victimId = handover.event().getSchema().getField("victimId") == null ? null
                : handover.event().get(handover.event().getSchema().getField("victimId").pos());
        if (isvaServiceId == null || isvaServiceId.toString().isBlank()) {
            violations.add(new Violation("isvaServiceId", "is required"));
        }
        if (victimId == null || victimId.toString().isBlank()) {
            violations.add(new Violation("victimId", "is required"));
        }
        if (!violations.isEmpty()) {
            log.warn("Refused {} {} (dead-lettered, not retried): {}", handover.eventType(), handover.eventId(),
                    violations);
            throw new NonConformingHandover(handover.eventType(), violations);
        }
    }
}
