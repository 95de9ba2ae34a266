package uk.casehandover.police.casefile.application;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.casehandover.police.casefile.CaseFact;
import uk.casehandover.police.casefile.CaseNotFoundException;
import uk.casehandover.police.casefile.CpsStep;
import uk.casehandover.police.casefile.HandoverLog;
import uk.casehandover.police.casefile.Handovers;
import uk.casehandover.police.casefile.PoliceCase;
import uk.casehandover.police.casefile.PoliceCases;
import uk.casehandover.police.casefile.Received;
import uk.casehandover.police.casefile.Stamper;

/**
 * Applies handovers received from CPS and from ISVA services, inside the consumer's transaction (which has already
 * recorded the event in the inbox). A CPS step changes the case and is acknowledged in the same transaction; an
 * acknowledgement marks what it acknowledges. Anything that cannot be applied (unknown case, a step the case does not
 * allow, an acknowledgement of something never sent) throws, so the record goes to the dead-letter topic.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ReceivedHandoverService {

    private final PoliceCases cases;
    private final Handovers handovers;
    private final HandoverLog log;
    private final Stamper stamper;

    public ReceivedHandoverService(PoliceCases cases, Handovers handovers, HandoverLog log, Stamper stamper) {
        this.cases = cases;
        this.handovers = handovers;
        this.log = log;
        this.stamper = stamper;
    }

    public void fromCps(CpsStep step) {
        Received received = step.received();
        PoliceCase policeCase = cases.find(received.urn()).orElseThrow(() -> new CaseNotFoundException(received.urn()));
        if (step instanceof CpsStep.HandoverAcknowledged ack) {
            requireSent(received.urn(), ack.acknowledgedEventId(), received);
        }
        var facts = policeCase.receive(step, stamper);
        cases.save(policeCase);
        log.received(step, stamper.now());
        if (step instanceof CpsStep.CaseFileReceiptAcknowledged receipt) {
            requireSent(received.urn(), receipt.caseFileEventId(), received);
        }
        for (CaseFact fact : facts) {
            handovers.send(fact);
            log.sent(fact, stamper.now());
        }
    }

    /** An ISVA service confirmed receipt of a consent event or victim update (HandoverAcknowledged). */
    public void acknowledgedByIsva(Received acknowledgement, UUID acknowledgedEventId) {
        requireSent(acknowledgement.urn(), acknowledgedEventId, acknowledgement);
    }

    /** An ISVA person read a victim update (VictimUpdateAcknowledged). */
    public void readByIsva(Received acknowledgement, UUID updateEventId) {
        if (!log.read(acknowledgement.urn(), updateEventId, acknowledgement, stamper.now())) {
            throw new UnknownHandoverException(acknowledgement.urn(), updateEventId);
        }
    }

    private void requireSent(String urn, UUID eventId, Received acknowledgement) {
        if (!log.acknowledged(urn, eventId, acknowledgement, stamper.now())) {
            throw new UnknownHandoverException(urn, eventId);
        }
    }

    /** An acknowledgement of something this service never sent for the case. */
    public static class UnknownHandoverException extends RuntimeException {
        UnknownHandoverException(String urn, UUID eventId) {
            super("Case " + urn + ": police-service sent no handover " + eventId);
        }
    }
}
