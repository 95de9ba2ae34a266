package uk.casehandover.timeliness.messaging;

import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.police.v1.CaseFileSubmitted;
import uk.casehandover.runtime.inbox.HandoverMessage;
import uk.casehandover.runtime.inbox.Inbox;
import uk.casehandover.schemas.HandoverTopic;
import uk.casehandover.schemas.HandoverValidation;
import uk.casehandover.schemas.identifiers.Violation;
import uk.casehandover.timeliness.TimelinessProperties;
import uk.casehandover.timeliness.calendar.DateOutsideCalendarException;
import uk.casehandover.timeliness.cases.CaseBook;
import uk.casehandover.timeliness.clock.ClockBook;
import uk.casehandover.timeliness.clock.ClockRules;
import uk.casehandover.timeliness.receipt.ReceiptBook;
import uk.casehandover.timeliness.receipt.Receipts;

/**
 * Takes in every handover once (inbox row in the same transaction as everything it changes): learns the case's CPS
 * Area and victim's rights, records a handover that expects an acknowledgement or closes the one an acknowledgement
 * names, and starts or meets the case's statutory clocks, appending the resulting timeliness events to the outbox.
 *
 * <p>Only the envelope and the fields the timeliness rules read must be sound: a record whose event type may not
 * travel on its topic, whose producer is not the topic's sender or whose URN or producer id is malformed is
 * dead-lettered at once, as is one whose working-day deadline falls outside the bank-holiday list. The content the
 * receiving agency judges (evidence hashes, offence codes) is the receiver's business, not this service's.
 */
@Component
public class HandoverIntake {

    private static final Logger log = LoggerFactory.getLogger(HandoverIntake.class);

    private final Inbox inbox;
    private final CaseBook cases;
    private final ReceiptBook receipts;
    private final ClockBook clocks;
    private final ClockRules rules;
    private final TimelinessProperties properties;
    private final String consumer;

    HandoverIntake(Inbox inbox, CaseBook cases, ReceiptBook receipts, ClockBook clocks, ClockRules rules,
            TimelinessProperties properties, @Value("${spring.application.name}") String consumer) {
        this.inbox = inbox;
        this.cases = cases;
        this.receipts = receipts;
        this.clocks = clocks;
        this.rules = rules;
        this.properties = properties;
        this.consumer = consumer;
    }

    @Transactional
    public void apply(Message<SpecificRecord> message) {
        HandoverMessage received = HandoverMessage.of(message);
        if (!inbox.firstDelivery(consumer, received)) {
            log.info("skipped {} {}: already applied", received.eventType(), received.eventId());
            return;
        }
        SpecificRecord event = received.event();
        HandoverTopic topic = HandoverTopic.byName(received.topic())
                .orElseThrow(() -> unappliable(received, "arrived on " + received.topic()
                        + ", which is not a handover topic", null));
        List<Violation> violations = HandoverValidation.validate(topic.topicName(), event).stream()
                .filter(HandoverIntake::aboutWhatTimelinessReads).toList();
        if (!violations.isEmpty()) {
            throw unappliable(received, "breaks the contract: " + violations, null);
        }
        HandoverMetadata metadata = (HandoverMetadata) event.get(0);
        cases.lock(metadata.getUrn());
        CaseBook.Case known = cases.remember(metadata.getUrn(),
                metadata.getProducingAgency() == Agency.CPS ? metadata.getProducerId() : null,
                event instanceof CaseFileSubmitted file ? file.getEnhancedRightsVictim() : null);
        if (Receipts.expectsAcknowledgement(event)) {
            receipts.expect(new ReceiptBook.Handover(metadata.getEventId(), received.eventType(), metadata.getUrn(),
                    topic.topicName(), topic.sender(), metadata.getProducerId(), topic.receiver(),
                    metadata.getCorrelationId(), metadata.getOccurredAt()),
                    metadata.getOccurredAt().plus(properties.acknowledgementDueFor(received.eventType())));
        }
        Receipts.acknowledgedEventId(event).ifPresent(acknowledged ->
                receipts.acknowledge(acknowledged, metadata.getEventId(), metadata.getOccurredAt()));
        try {
            clocks.apply(known, rules.actionsFor(event, known.enhancedRightsVictim()),
                    new ClockBook.Trigger(metadata.getEventId(), metadata.getCorrelationId()));
        } catch (DateOutsideCalendarException outside) {
            // no cause: the dead letter's reason is the most specific cause's message, and this one names the event
            throw unappliable(received, outside.getMessage(), null);
        }
    }

    /** The envelope (event type, producer, URN), which timeliness relies on; not the content the receiver judges. */
    private static boolean aboutWhatTimelinessReads(Violation violation) {
        String field = violation.field();
        return field.equals("eventType") || field.equals("topic") || field.startsWith("metadata");
    }

    private static UnappliableHandoverException unappliable(HandoverMessage received, String reason, Throwable cause) {
        String message = received.eventType() + " " + received.eventId() + " from " + received.topic() + "-"
                + received.partition() + "@" + received.offset() + " " + reason;
        log.warn("cannot apply {}; it goes to the dead-letter topic", message);
        return new UnappliableHandoverException(message, cause);
    }
}
