package uk.casehandover.cps.casefile.messaging;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.casehandover.cps.casefile.StepRefusedException;
import uk.casehandover.cps.casefile.application.CaseDesk;
import uk.casehandover.runtime.inbox.HandoverMessage;
import uk.casehandover.runtime.inbox.Inbox;
import uk.casehandover.schemas.HandoverValidation;
import uk.casehandover.schemas.identifiers.Violation;

/**
 * Applies each police-to-CPS record once, in one transaction with its inbox row, the case change and the
 * acknowledgement. A record that breaks the contract or that the case refuses is unappliable: it is not retried but
 * dead-lettered with its reason. A malformed manifest hash is not a contract failure here: the file is received and
 * its receipt says the hashes could not be verified, so the police learn of it at once.
 */
@Component
public class PoliceHandoverConsumer {

    private static final Logger log = LoggerFactory.getLogger(PoliceHandoverConsumer.class);
    private static final Pattern MANIFEST_HASH = Pattern.compile("evidenceManifest\\[\\d+]\\.sha256");

    private final Inbox inbox;
    private final CaseDesk desk;
    private final Clock clock;
    private final String consumer;

    PoliceHandoverConsumer(Inbox inbox, CaseDesk desk, Clock clock,
            @Value("${spring.application.name}") String consumer) {
        this.inbox = inbox;
        this.desk = desk;
        this.clock = clock;
        this.consumer = consumer;
    }

    @Transactional
    public void apply(Message<SpecificRecord> message) {
        HandoverMessage received = HandoverMessage.of(message);
        if (!inbox.firstDelivery(consumer, received)) {
            log.info("skipped {} {}: already applied", received.eventType(), received.eventId());
            return;
        }
        List<Violation> violations = HandoverValidation.validate(contractTopic(received.topic()), received.event())
                .stream().filter(violation -> !MANIFEST_HASH.matcher(violation.field()).matches()).toList();
        if (!violations.isEmpty()) {
            throw unappliable(received, "breaks the contract: " + violations, null);
        }
        try {
            desk.receive(PoliceEvents.toDomain(received.event(), received.eventType(), clock.instant()));
        } catch (StepRefusedException refused) {
            throw unappliable(received, "refused: " + refused.getMessage(), refused);
        } catch (RuntimeException failed) {
            log.warn("could not apply {} {} to case {} ({}); retried, then dead-lettered", received.eventType(),
                    received.eventId(), urn(received), failed.getClass().getName());
            throw failed;
        }
    }

    private static UnappliableHandoverException unappliable(HandoverMessage received, String reason, Throwable cause) {
        String message = received.eventType() + " " + received.eventId() + " from " + received.topic() + "-"
                + received.partition() + "@" + received.offset() + " " + reason;
        log.warn("cannot apply {}; it goes to the dead-letter topic", message);
        return new UnappliableHandoverException(message, cause);
    }

    private static String urn(HandoverMessage received) {
        return received.event().get(0) instanceof uk.casehandover.common.v1.HandoverMetadata metadata
                ? metadata.getUrn() : "?";
    }

    private static String contractTopic(String topic) {
        return topic.replaceFirst("-\\d+$", "");
    }
}
