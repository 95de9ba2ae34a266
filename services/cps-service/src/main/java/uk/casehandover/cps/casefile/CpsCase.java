package uk.casehandover.cps.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.casehandover.cps.casefile.CpsFact.HandoverAcknowledged;
import uk.casehandover.cps.casefile.PoliceHandover.ActionPlanAnswer;
import uk.casehandover.cps.casefile.PoliceHandover.CaseFileSubmission;
import uk.casehandover.cps.casefile.PoliceHandover.EarlyAdviceRequest;
import uk.casehandover.cps.casefile.PoliceHandover.VictimTold;
import uk.casehandover.cps.casefile.Vocabulary.ChargingOutcome;
import uk.casehandover.cps.casefile.Vocabulary.RejectionReason;
import uk.casehandover.schemas.identifiers.Violation;

/**
 * A case at CPS, from the first police handover to a charging decision. Rules: every police handover is acknowledged
 * when it is applied (a case file with a receipt); a file that fails the file standard cannot be accepted and its
 * failures are always among the rejection reasons; a resubmission must carry a higher submission number; a decision
 * needs an accepted file and no open action plan; a second or later plan in a rape case needs a DCP's review; a plan
 * may be finalised only after its due date has passed unanswered. Every response carries the case's correlation id
 * and, as causation, the police event it answers. Steps the current state does not allow are refused
 * ({@link CaseState}).
 */
public final class CpsCase {

    static final int DECISION_DAYS = 28;
    static final int RIGHT_TO_REVIEW_MONTHS = 3;

    private final String urn;
    private CaseState state;
    private UUID correlationId;
    private UUID answering;
    private UUID earlyAdviceRequestId;
    private boolean rapeCase;
    private String allocatedLawyer;
    private CaseFile file;
    private LocalDate decisionDueOn;
    private final List<ActionPlan> plans;
    private Decision decision;
    private UUID finalisationEventId;
    private Instant victimToldAt;

    /** Everything a case holds, to store and restore it. */
    public record Snapshot(String urn, CaseState state, UUID correlationId, UUID answering, UUID earlyAdviceRequestId,
            boolean rapeCase, String allocatedLawyer, CaseFile file, LocalDate decisionDueOn, List<ActionPlan> plans,
            Decision decision, UUID finalisationEventId, Instant victimToldAt) {
    }

    private CpsCase(Snapshot s) {
        urn = s.urn();
        state = s.state();
        correlationId = s.correlationId();
        answering = s.answering();
        earlyAdviceRequestId = s.earlyAdviceRequestId();
        rapeCase = s.rapeCase();
        allocatedLawyer = s.allocatedLawyer();
        file = s.file();
        decisionDueOn = s.decisionDueOn();
        plans = new ArrayList<>(s.plans());
        decision = s.decision();
        finalisationEventId = s.finalisationEventId();
        victimToldAt = s.victimToldAt();
    }

    /** A case CPS has not heard of: only a police early advice request or case file can open it. */
    public static CpsCase unknown(String urn) {
        return new CpsCase(new Snapshot(urn, CaseState.NONE, null, null, null, false, null, null, null, List.of(),
                null, null, null));
    }

    public static CpsCase restore(Snapshot snapshot) {
        return new CpsCase(snapshot);
    }

    public Snapshot snapshot() {
        return new Snapshot(urn, state, correlationId, answering, earlyAdviceRequestId, rapeCase, allocatedLawyer,
                file, decisionDueOn, List.copyOf(plans), decision, finalisationEventId, victimToldAt);
    }

    /** Applies a police handover; returns the acknowledgement to send, none for an acknowledgement. */
    public Optional<CpsFact> receive(PoliceHandover handover, Issue issue) {
        if (handover instanceof EarlyAdviceRequest request) {
            return Optional.of(receiveEarlyAdviceRequest(request, issue));
        }
        if (handover instanceof CaseFileSubmission submission) {
            return Optional.of(receiveFile(submission, issue));
        }
        if (handover instanceof ActionPlanAnswer answer) {
            return Optional.of(receivePlanAnswer(answer, issue));
        }
        if (handover instanceof VictimTold told) {
            return Optional.of(recordVictimTold(told, issue));
        }
        require(Step.RECORD_POLICE_ACKNOWLEDGEMENT);
        return Optional.empty();
    }

    private CpsFact receiveEarlyAdviceRequest(EarlyAdviceRequest request, Issue issue) {
        require(Step.RECEIVE_EARLY_ADVICE_REQUEST);
        startConversation(request.incoming());
        earlyAdviceRequestId = request.incoming().eventId();
        rapeCase |= RapeOffences.anyIn(request.offenceCodes());
        state = CaseState.EARLY_ADVICE_REQUESTED;
        return acknowledge(request.incoming(), issue);
    }

    private CpsFact receiveFile(CaseFileSubmission submission, Issue issue) {
        require(Step.RECEIVE_FILE);
        CaseFile received = submission.file();
        if (file != null && received.submissionNumber() <= file.submissionNumber()) {
            throw refused(Step.RECEIVE_FILE, "submission " + received.submissionNumber()
                    + " is not after submission " + file.submissionNumber() + " already received");
        }
        startConversation(submission.incoming());
        file = received;
        rapeCase |= RapeOffences.anyIn(received.offenceCodes());
        decisionDueOn = null;
        state = CaseState.FILE_RECEIVED;
        return new CpsFact.CaseFileReceiptAcknowledged(respond(issue), received.eventId(), received.documents(),
                received.manifestHashesVerified());
    }

    private CpsFact receivePlanAnswer(ActionPlanAnswer answer, Issue issue) {
        require(Step.RECEIVE_PLAN_ANSWER);
        ActionPlan plan = openPlan().filter(open -> open.sequenceNumber() == answer.planSequenceNumber())
                .orElseThrow(() -> refused(Step.RECEIVE_PLAN_ANSWER, "action plan " + answer.planSequenceNumber()
                        + " is not open" + openPlan().map(open -> " (open: " + open.sequenceNumber() + ")").orElse("")));
        plans.set(plans.indexOf(plan), plan.answeredBy(answer.incoming().eventId(), answer.incoming().envelope().occurredAt()));
        answering = answer.incoming().eventId();
        if (state == CaseState.ACTION_PLAN_ISSUED) {
            state = CaseState.UNDER_REVIEW;
        }
        return acknowledge(answer.incoming(), issue);
    }

    private CpsFact recordVictimTold(VictimTold told, Issue issue) {
        require(Step.RECORD_VICTIM_TOLD);
        if (told.decisionEventId() != null && (decision == null || !decision.eventId().equals(told.decisionEventId()))) {
            throw refused(Step.RECORD_VICTIM_TOLD, "the decision told of, " + told.decisionEventId()
                    + ", is not a CPS decision on this case");
        }
        victimToldAt = told.toldAt();
        return acknowledge(told.incoming(), issue);
    }

    /** The file standard failures of the current file; empty when there is no file or it meets the standard. */
    public List<RejectionReason> fileStandardFailures() {
        return file == null ? List.of() : file.fileStandardFailures();
    }

    public CpsFact accept(Issue issue) {
        require(Step.ACCEPT);
        List<RejectionReason> failures = file.fileStandardFailures();
        if (!failures.isEmpty()) {
            throw refused(Step.ACCEPT, "the file does not meet the file standard: " + failures);
        }
        decisionDueOn = issue.today().plusDays(DECISION_DAYS);
        state = CaseState.ACCEPTED;
        return new CpsFact.CaseFileAccepted(respond(issue), file.eventId(), decisionDueOn);
    }

    /** Rejects the file for the lawyer's reasons plus every file standard failure. */
    public CpsFact reject(Set<RejectionReason> reasons, String note, Issue issue) {
        require(Step.REJECT);
        Set<RejectionReason> all = EnumSet.noneOf(RejectionReason.class);
        all.addAll(reasons);
        all.addAll(file.fileStandardFailures());
        List<Violation> violations = new ArrayList<>();
        if (all.isEmpty()) {
            violations.add(new Violation("reasons", "at least one reason is required: the file meets the file standard"));
        }
        requireText("note", note, violations);
        InvalidCommandException.throwIfAny(violations);
        state = CaseState.REJECTED;
        return new CpsFact.CaseFileRejected(respond(issue), file.eventId(), List.copyOf(all), note);
    }

    public void allocate(String lawyerId) {
        require(Step.ALLOCATE);
        List<Violation> violations = new ArrayList<>();
        requireText("lawyerId", lawyerId, violations);
        InvalidCommandException.throwIfAny(violations);
        allocatedLawyer = lawyerId;
    }

    public CpsFact giveEarlyAdvice(String advice, List<String> linesOfEnquiry, Issue issue) {
        require(Step.GIVE_EARLY_ADVICE);
        List<Violation> violations = new ArrayList<>();
        requireText("advice", advice, violations);
        InvalidCommandException.throwIfAny(violations);
        state = CaseState.EARLY_ADVICE_GIVEN;
        return new CpsFact.EarlyAdviceGiven(respond(issue), earlyAdviceRequestId, advice, List.copyOf(linesOfEnquiry));
    }

    /** Issues the next action plan; a second or later plan in a rape case requires a DCP's review. */
    public CpsFact issueActionPlan(LocalDate dueOn, List<ActionPlan.Item> items, Issue issue) {
        require(Step.ISSUE_ACTION_PLAN);
        InvalidCommandException.throwIfAny(ActionPlanRules.check(dueOn, items, issue.today()));
        int sequence = plans.size() + 1;
        List<ActionPlan.Item> numbered = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ActionPlan.Item item = items.get(i);
            numbered.add(new ActionPlan.Item("AP" + sequence + "-" + (i + 1), item.description(), item.owner(),
                    item.dueOn()));
        }
        ActionPlan plan = new ActionPlan(sequence, issue.eventId(), issue.now(), dueOn, sequence >= 2 && rapeCase,
                numbered, null, null);
        plans.add(plan);
        state = CaseState.ACTION_PLAN_ISSUED;
        return new CpsFact.ActionPlanIssued(respond(issue), plan);
    }

    public CpsFact decide(ChargingOutcome outcome, List<Decision.Charge> charges, Vocabulary.TestType testApplied,
            String rationale, Issue issue) {
        require(Step.DECIDE);
        InvalidCommandException.throwIfAny(DecisionRules.check(outcome, charges, testApplied, rationale, file));
        LocalDate reviewDeadline = outcome == ChargingOutcome.NFA_EVIDENTIAL || outcome == ChargingOutcome.NFA_PUBLIC_INTEREST
                ? issue.today().plusMonths(RIGHT_TO_REVIEW_MONTHS)
                : null;
        decision = new Decision(issue.eventId(), outcome, charges, testApplied, rationale, reviewDeadline);
        state = CaseState.DECIDED;
        return new CpsFact.ChargingDecisionMade(respond(issue), decision);
    }

    /** Closes a case whose open action plan passed its due date unanswered. */
    public CpsFact finalise(String note, Issue issue) {
        require(Step.FINALISE);
        ActionPlan plan = openPlan().orElseThrow(() -> refused(Step.FINALISE, "no action plan is open"));
        if (!issue.today().isAfter(plan.dueOn())) {
            throw refused(Step.FINALISE, "action plan " + plan.sequenceNumber() + " is due on " + plan.dueOn()
                    + "; it can be finalised only once that date has passed unanswered");
        }
        finalisationEventId = issue.eventId();
        state = CaseState.ADMINISTRATIVELY_FINALISED;
        return new CpsFact.CaseAdministrativelyFinalised(issue.envelope(correlationId, plan.eventId()),
                plan.sequenceNumber(), note);
    }

    /** Reopens a finalised case: back to waiting for the plan, or to review when it was answered late. */
    public CpsFact reopen(String reason, Issue issue) {
        require(Step.REOPEN);
        List<Violation> violations = new ArrayList<>();
        requireText("reason", reason, violations);
        InvalidCommandException.throwIfAny(violations);
        state = openPlan().isPresent() ? CaseState.ACTION_PLAN_ISSUED : CaseState.UNDER_REVIEW;
        return new CpsFact.CaseReopened(issue.envelope(correlationId, finalisationEventId), finalisationEventId, reason);
    }

    public Optional<ActionPlan> openPlan() {
        return plans.stream().filter(ActionPlan::isOpen).findFirst();
    }

    public String urn() {
        return urn;
    }

    public CaseState state() {
        return state;
    }

    public boolean isRapeCase() {
        return rapeCase;
    }

    public List<ActionPlan> plans() {
        return List.copyOf(plans);
    }

    public Optional<CaseFile> file() {
        return Optional.ofNullable(file);
    }

    private void startConversation(PoliceHandover.Incoming incoming) {
        correlationId = incoming.envelope().correlationId();
        answering = incoming.eventId();
    }

    private Envelope respond(Issue issue) {
        return issue.envelope(correlationId, answering);
    }

    private HandoverAcknowledged acknowledge(PoliceHandover.Incoming incoming, Issue issue) {
        return new HandoverAcknowledged(issue.envelope(incoming.envelope().correlationId(), incoming.eventId()),
                incoming.eventId(), incoming.eventType());
    }

    private void require(Step step) {
        if (!state.allows(step)) {
            throw refused(step, null);
        }
    }

    private StepRefusedException refused(Step step, String why) {
        return new StepRefusedException(urn, state, step, why);
    }

    private static void requireText(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "is required"));
        }
    }
}
