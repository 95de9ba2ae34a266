package uk.casehandover.police.casefile.messaging;

import java.util.List;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casehandover.isva.v1.VictimUpdateAcknowledged;
import uk.casehandover.police.casefile.application.ReceivedHandoverService;
import uk.casehandover.runtime.inbox.HandoverMessage;
import uk.casehandover.runtime.inbox.Inbox;
import uk.casehandover.schemas.HandoverValidation;
import uk.casehandover.schemas.identifiers.Violation;

/**
 * The two Spring Cloud Stream consumers: {@code cpsHandovers} (handover.cps-to-police) and {@code isvaHandovers}
 * (handover.isva-to-police). Each record is checked against the contract, recorded in the inbox and applied in one
 * transaction; a redelivered event is skipped. A record that does not conform or cannot be applied throws and goes to
 * its dead-letter topic - at once when the exception is the runtime's NotRetryable, otherwise after the binding's
 * bounded retries (the handover runtime's listener-container error handler); the consumer goes on with the next record.
 */
@Configuration(proxyBeanMethods = false)
class HandoverConsumers {

    static final String CPS_CONSUMER = "police-service.cps-to-police";
    static final String ISVA_CONSUMER = "police-service.isva-to-police";
    private static final Logger LOG = LoggerFactory.getLogger(HandoverConsumers.class);

    @Bean
    Consumer<Message<SpecificRecord>> cpsHandovers(TransactionTemplate transactions, Inbox inbox,
            ReceivedHandoverService service) {
        return message -> transactions.executeWithoutResult(status -> {
            HandoverMessage handover = conforming(message);
            if (inbox.firstDelivery(CPS_CONSUMER, handover)) {
                service.fromCps(IncomingAvro.cpsStep(handover.event()));
                LOG.info("Applied {} {} from {}-{}@{}", handover.eventType(), handover.eventId(), handover.topic(),
                        handover.partition(), handover.offset());
            }
        });
    }

    @Bean
    Consumer<Message<SpecificRecord>> isvaHandovers(TransactionTemplate transactions, Inbox inbox,
            ReceivedHandoverService service) {
        return message -> transactions.executeWithoutResult(status -> {
            HandoverMessage handover = conforming(message);
            if (inbox.firstDelivery(ISVA_CONSUMER, handover)) {
                var received = IncomingAvro.received(handover.event());
                if (handover.event() instanceof VictimUpdateAcknowledged read) {
                    service.readByIsva(received, read.getUpdateEventId());
                } else if (handover.event() instanceof uk.casehandover.common.v1.HandoverAcknowledged ack) {
                    service.acknowledgedByIsva(received, ack.getAcknowledgedEventId());
                }
                LOG.info("Applied {} {} from {}-{}@{}", handover.eventType(), handover.eventId(), handover.topic(),
                        handover.partition(), handover.offset());
            }
        });
    }

    private static HandoverMessage conforming(Message<SpecificRecord> message) {
        HandoverMessage handover = HandoverMessage.of(message);
        List<Violation> violations = HandoverValidation.validate(handover.topic(), handover.event());
        if (!violations.isEmpty()) {
            throw new UnappliableHandoverException(handover.eventType() + " " + handover.eventId()
                    + " does not conform to the contract of " + handover.topic() + ": " + violations);
        }
        return handover;
    }
}
