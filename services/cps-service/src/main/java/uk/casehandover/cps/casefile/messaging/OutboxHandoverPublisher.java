package uk.casehandover.cps.casefile.messaging;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.casehandover.cps.casefile.CpsFact;
import uk.casehandover.cps.casefile.HandoverPublisher;
import uk.casehandover.runtime.outbox.Outbox;
import uk.casehandover.schemas.Topics;
import uk.casehandover.schemas.identifiers.CpsArea;

/** Sends CPS facts to the police through the outbox, in the caller's transaction, as the configured CPS Area. */
@Component
class OutboxHandoverPublisher implements HandoverPublisher {

    private final Outbox outbox;
    private final String cpsArea;
    private final String topic;

    OutboxHandoverPublisher(Outbox outbox, @Value("${casehandover.cps.area}") String cpsArea,
            @Value("${casehandover.cps.outgoing-topic:" + Topics.CPS_TO_POLICE + "}") String topic) {
        this.outbox = outbox;
        this.cpsArea = CpsArea.parse("casehandover.cps.area", cpsArea).code();
        this.topic = topic;
    }

    @Override
    public String publish(String urn, CpsFact fact) {
        SpecificRecord event = CpsEvents.toAvro(urn, cpsArea, fact);
        outbox.append(topic, event);
        return event.getSchema().getFullName();
    }
}
