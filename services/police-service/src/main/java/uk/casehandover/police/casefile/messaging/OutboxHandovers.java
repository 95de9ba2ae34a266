package uk.casehandover.police.casefile.messaging;

import org.springframework.stereotype.Component;
import uk.casehandover.police.casefile.CaseFact;
import uk.casehandover.police.casefile.Handovers;
import uk.casehandover.runtime.outbox.Outbox;

/** Sends a fact by appending its Avro event to the outbox, in the caller's transaction; the relay publishes it. */
@Component
class OutboxHandovers implements Handovers {

    private final Outbox outbox;

    OutboxHandovers(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void send(CaseFact fact) {
        outbox.append(OutgoingAvro.topic(fact), OutgoingAvro.toAvro(fact));
    }
}
