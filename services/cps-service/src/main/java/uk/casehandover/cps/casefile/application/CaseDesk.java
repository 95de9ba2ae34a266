package uk.casehandover.cps.casefile.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.casehandover.cps.casefile.ActionPlan;
import uk.casehandover.cps.casefile.Actor;
import uk.casehandover.cps.casefile.CaseNotFoundException;
import uk.casehandover.cps.casefile.CaseState;
import uk.casehandover.cps.casefile.CaseRepository;
import uk.casehandover.cps.casefile.CpsCase;
import uk.casehandover.cps.casefile.CpsFact;
import uk.casehandover.cps.casefile.Decision;
import uk.casehandover.cps.casefile.HandoverLog;
import uk.casehandover.cps.casefile.HandoverLog.Direction;
import uk.casehandover.cps.casefile.HandoverPublisher;
import uk.casehandover.cps.casefile.Issue;
import uk.casehandover.cps.casefile.PoliceHandover;
import uk.casehandover.cps.casefile.Step;
import uk.casehandover.cps.casefile.StepRefusedException;
import uk.casehandover.cps.casefile.VictimsOnFile;
import uk.casehandover.cps.casefile.Vocabulary.ChargingOutcome;
import uk.casehandover.cps.casefile.Vocabulary.RejectionReason;
import uk.casehandover.cps.casefile.Vocabulary.TestType;

/**
 * The CPS desk: applies police handovers and lawyers' commands to a case, each in one transaction with the events it
 * sends and the lines it adds to the case's handover history. A police acknowledgement must name an event this case
 * sent; anything the case refuses changes nothing and sends nothing.
 */
@Service
@Transactional
public class CaseDesk {

    private static final Logger log = LoggerFactory.getLogger(CaseDesk.class);

    private final CaseRepository cases;
    private final HandoverLog history;
    private final HandoverPublisher publisher;
    private final Clock clock;
    private final VictimsOnFile victims;

    public CaseDesk(CaseRepository cases, HandoverLog history, HandoverPublisher publisher, Clock clock,
            VictimsOnFile victims) {
        this.cases = cases;
        this.history = history;
        this.publisher = publisher;
        this.clock = clock;
        this.victims = victims;
    }

    /** Applies a police handover and sends its acknowledgement. */
    public void receive(PoliceHandover handover) {
        PoliceHandover.Incoming incoming = handover.incoming();
        CpsCase cpsCase = cases.lock(incoming.urn()).orElseGet(() -> CpsCase.unknown(incoming.urn()));
        Optional<CpsFact> acknowledgement = cpsCase.receive(handover, issue(Actor.SYSTEM));
        if (handover instanceof PoliceHandover.PoliceAcknowledgement ack && !history.markAcknowledged(incoming.urn(),
                ack.acknowledgedEventId(), incoming.eventId(), incoming.envelope().occurredAt())) {
            throw new StepRefusedException(incoming.urn(), cpsCase.state(), Step.RECORD_POLICE_ACKNOWLEDGEMENT,
                    "CPS sent no event " + ack.acknowledgedEventId() + " on this case");
        }
        cases.save(cpsCase);
        if (handover instanceof PoliceHandover.CaseFileSubmission submission) {
            victims.keep(incoming.urn(), submission.victims());
        }
        history.record(new HandoverLog.Entry(incoming.urn(), Direction.RECEIVED, incoming.eventType(),
                incoming.envelope()));
        acknowledgement.ifPresent(fact -> send(incoming.urn(), fact));
        log.info("applied {} {} to case {}, now {}", incoming.eventType(), incoming.eventId(), incoming.urn(),
                cpsCase.state());
    }

    public Outcome accept(String urn, Actor actor) {
        return act(urn, cpsCase -> cpsCase.accept(issue(actor)));
    }

    public Outcome reject(String urn, Set<RejectionReason> reasons, String note, Actor actor) {
        return act(urn, cpsCase -> cpsCase.reject(reasons, note, issue(actor)));
    }

    public Outcome allocate(String urn, String lawyerId) {
        CpsCase cpsCase = cases.lock(urn).orElseThrow(() -> new CaseNotFoundException(urn));
        cpsCase.allocate(lawyerId);
        cases.save(cpsCase);
        return new Outcome(urn, cpsCase.state(), null, null);
    }

    public Outcome giveEarlyAdvice(String urn, String advice, List<String> linesOfEnquiry, Actor actor) {
        return act(urn, cpsCase -> cpsCase.giveEarlyAdvice(advice, linesOfEnquiry, issue(actor)));
    }

    public Outcome issueActionPlan(String urn, LocalDate dueOn, List<ActionPlan.Item> items, Actor actor) {
        return act(urn, cpsCase -> cpsCase.issueActionPlan(dueOn, items, issue(actor)));
    }

    public Outcome decide(String urn, ChargingOutcome outcome, List<Decision.Charge> charges, TestType testApplied,
            String rationale, Actor actor) {
        return act(urn, cpsCase -> cpsCase.decide(outcome, charges, testApplied, rationale, issue(actor)));
    }

    public Outcome finalise(String urn, String note, Actor actor) {
        return act(urn, cpsCase -> cpsCase.finalise(note, issue(actor)));
    }

    public Outcome reopen(String urn, String reason, Actor actor) {
        return act(urn, cpsCase -> cpsCase.reopen(reason, issue(actor)));
    }

    /** The case's state after a command and the event it sent, if any. */
    public record Outcome(String urn, CaseState state, UUID eventId, String eventType) {
    }

    private Outcome act(String urn, Function<CpsCase, CpsFact> command) {
        CpsCase cpsCase = cases.lock(urn).orElseThrow(() -> new CaseNotFoundException(urn));
        CpsFact fact = command.apply(cpsCase);
        cases.save(cpsCase);
        String eventType = send(urn, fact);
        log.info("case {} now {} after {}", urn, cpsCase.state(), fact.envelope().eventId());
        return new Outcome(urn, cpsCase.state(), fact.envelope().eventId(), eventType);
    }

    private String send(String urn, CpsFact fact) {
        String eventType = publisher.publish(urn, fact);
        history.record(new HandoverLog.Entry(urn, Direction.SENT, eventType, fact.envelope()));
        return eventType;
    }

    private Issue issue(Actor actor) {
        return new Issue(UUID.randomUUID(), clock.instant(), actor);
    }
}
