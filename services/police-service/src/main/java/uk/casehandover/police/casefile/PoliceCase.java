package uk.casehandover.police.casefile;

import static uk.casehandover.police.casefile.CaseState.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.casehandover.victimdata.SealedVictimData;

/**
 * A RASSO case on the police side of the pre-charge handover. Rules: a file goes to CPS only when none is with CPS
 * (the first time, or after a rejection); only the action plan CPS issued last is answered, and only once (late, after
 * an administrative finalisation, too: the case then waits for CPS to reopen it); the victim
 * is told of a decision only after CPS made one; every CPS handover applied is acknowledged. The victim's ISVA service
 * hears of milestones only under {@link VictimUpdatePolicy}, and of a decision only when the officer records that the
 * victim was told, so the ISVA never learns a decision before the victim does.
 */
public final class PoliceCase {

    /** Everything a case is, for storing and restoring it. */
    public record Snapshot(String urn, String victimId, boolean enhancedRightsVictim, List<Offence> offences,
            List<String> suspectPncIds, PoliceContact policeContact, Instant openedAt, CaseState state,
            int submissionNumber, UUID currentSubmissionEventId, UUID earlyAdviceRequestEventId, LocalDate decisionDueOn,
            List<ActionPlan> actionPlans, Decision decision, Instant victimToldAt, ContactMethod victimToldMethod,
            Custody custody, VictimConsent consent, SealedVictimData victimData, long version) {
    }

    private final Snapshot identity;
    private CaseState state;
    private int submissionNumber;
    private UUID currentSubmissionEventId;
    private UUID earlyAdviceRequestEventId;
    private LocalDate decisionDueOn;
    private List<ActionPlan> actionPlans;
    private Decision decision;
    private Instant victimToldAt;
    private ContactMethod victimToldMethod;
    private Custody custody;
    private VictimConsent consent;

    private PoliceCase(Snapshot s) {
        identity = s;
        state = s.state();
        submissionNumber = s.submissionNumber();
        currentSubmissionEventId = s.currentSubmissionEventId();
        earlyAdviceRequestEventId = s.earlyAdviceRequestEventId();
        decisionDueOn = s.decisionDueOn();
        actionPlans = List.copyOf(s.actionPlans());
        decision = s.decision();
        victimToldAt = s.victimToldAt();
        victimToldMethod = s.victimToldMethod();
        custody = s.custody();
        consent = s.consent();
    }

    public static PoliceCase open(CaseCommand.OpenCase c, Instant now) {
        return new PoliceCase(new Snapshot(c.urn(), c.victimId(), c.enhancedRightsVictim(), List.copyOf(c.offences()),
                List.copyOf(c.suspectPncIds()), c.policeContact(), now, OPEN, 0, null, null, null, List.of(), null,
                null, null, Custody.NONE, null, c.victimData(), 0));
    }

    public static PoliceCase restore(Snapshot snapshot) {
        return new PoliceCase(snapshot);
    }

    public Snapshot snapshot() {
        Snapshot i = identity;
        return new Snapshot(i.urn(), i.victimId(), i.enhancedRightsVictim(), i.offences(), i.suspectPncIds(),
                i.policeContact(), i.openedAt(), state, submissionNumber, currentSubmissionEventId,
                earlyAdviceRequestEventId, decisionDueOn, actionPlans, decision, victimToldAt, victimToldMethod, custody,
                consent, i.victimData(), i.version());
    }

    public String urn() {
        return identity.urn();
    }

    public CaseState state() {
        return state;
    }

    public Optional<ActionPlan> openActionPlan() {
        return actionPlans.stream().filter(ActionPlan::isOpen).findFirst();
    }

    // ---- consent ----

    public List<CaseFact> giveConsent(CaseCommand.GiveConsent command, Actor actor, Stamper stamper) {
        if (consent != null) {
            throw refused("record consent", "consent to " + consent.isvaServiceId() + " already stands; withdraw it first");
        }
        consent = new VictimConsent(command.isvaServiceId(), command.scopes(), stamper.now());
        return List.of(new CaseFact.VictimConsentGiven(stamper.startConversation(urn(), actor), identity.victimId(),
                command.isvaServiceId(), consent.scopes()));
    }

    /** Withdraws the scopes named (all when none are); consent ends when no scope remains. */
    public List<CaseFact> withdrawConsent(CaseCommand.WithdrawConsent command, Actor actor, Stamper stamper) {
        if (consent == null) {
            throw refused("withdraw consent", "no consent stands");
        }
        VictimConsent before = consent;
        Set<SharingScope> withdrawn = command.scopes().isEmpty() ? before.scopes() : command.scopes();
        Set<SharingScope> remaining = EnumSet.noneOf(SharingScope.class);
        remaining.addAll(before.scopes());
        remaining.removeAll(withdrawn);
        consent = remaining.isEmpty() ? null : new VictimConsent(before.isvaServiceId(), remaining, before.givenAt());
        return List.of(new CaseFact.VictimConsentWithdrawn(stamper.startConversation(urn(), actor), identity.victimId(),
                before.isvaServiceId(), withdrawn));
    }

    // ---- police steps ----

    public List<CaseFact> requestEarlyAdvice(CaseCommand.RequestEarlyAdvice command, Actor actor, Stamper stamper) {
        require("request early advice", OPEN, EARLY_ADVICE_GIVEN);
        Envelope envelope = stamper.startConversation(urn(), actor);
        earlyAdviceRequestEventId = envelope.eventId();
        state = EARLY_ADVICE_REQUESTED;
        return List.of(new CaseFact.EarlyAdviceRequested(envelope, command.summary(), command.linesOfEnquiry(),
                command.suspectAccountSummary(), command.questionsForProsecutor(), identity.offences()));
    }

    public List<CaseFact> submitCaseFile(CaseCommand.SubmitCaseFile file, Actor actor, Stamper stamper) {
        require("submit a case file", OPEN, EARLY_ADVICE_REQUESTED, EARLY_ADVICE_GIVEN, REJECTED);
        Envelope envelope = stamper.startConversation(urn(), actor);
        submissionNumber++;
        currentSubmissionEventId = envelope.eventId();
        decisionDueOn = null;
        custody = new Custody(file.custodyExpiresAt(), file.bailExpiresAt(), custody.safetyBailConditions());
        state = FILE_SUBMITTED;
        List<CaseFact> facts = new ArrayList<>();
        facts.add(new CaseFact.CaseFileSubmitted(envelope, submissionNumber, file, identity.enhancedRightsVictim(),
                identity.suspectPncIds(), identity.offences(), identity.victimId(), identity.victimData()));
        victimUpdate(VictimMilestone.FILE_SUBMITTED, envelope.correlationId(), envelope.eventId(), actor,
                stamper.today(), null, stamper).ifPresent(facts::add);
        return facts;
    }

    public List<CaseFact> answerActionPlan(CaseCommand.AnswerActionPlan command, Actor actor, Stamper stamper) {
        int number = command.planSequenceNumber();
        String attempted = "answer action plan " + number;
        ActionPlan plan = openActionPlan().filter(open -> open.sequenceNumber() == number)
                .orElseThrow(() -> refused(attempted, planStatus(number)));
        require(attempted, ACTION_PLAN_OPEN, ADMINISTRATIVELY_FINALISED);
        ActionPlanResponses.check(plan, command.responses());
        Envelope envelope = stamper.stamp(urn(), actor, plan.correlationId(), plan.eventId());
        replacePlan(plan.answered(stamper.now()));
        state = state == ACTION_PLAN_OPEN ? AWAITING_DECISION : state;
        return List.of(new CaseFact.ActionPlanAnswered(envelope, number, command.responses()));
    }

    public List<CaseFact> recordVictimTold(CaseCommand.RecordVictimTold command, Actor actor, Stamper stamper) {
        require("record that the victim was told of the decision", DECIDED);
        Envelope envelope = stamper.stamp(urn(), actor, decision.correlationId(), decision.eventId());
        victimToldAt = command.toldAt();
        victimToldMethod = command.method();
        state = VICTIM_TOLD;
        List<CaseFact> facts = new ArrayList<>();
        facts.add(new CaseFact.VictimToldOfDecision(envelope, identity.victimId(), decision.eventId(),
                command.toldAt(), command.method()));
        LocalDate decidedOn = decision.decidedAt().atZone(Stamper.LOCAL_ZONE).toLocalDate();
        victimUpdate(VictimMilestone.DECISION_MADE, decision.correlationId(), envelope.eventId(), actor, decidedOn,
                decision.outcome(), stamper).ifPresent(facts::add);
        return facts;
    }

    /** A bail or custody change is a victim milestone in any state; it moves no handover state. */
    public List<CaseFact> recordBailChange(CaseCommand.RecordBailChange command, Actor actor, Stamper stamper) {
        custody = new Custody(command.custodyExpiresAt(), command.bailExpiresAt(), command.safetyBailConditions());
        return victimUpdate(VictimMilestone.BAIL_CHANGED, null, null, actor, stamper.today(), null, stamper)
                .<List<CaseFact>>map(List::of).orElse(List.of());
    }

    // ---- CPS steps ----

    /**
     * Applies a CPS handover and returns what the police send in answer: its acknowledgement (an acknowledgement is
     * never acknowledged) and the victim update it is a milestone for, if any.
     */
    public List<CaseFact> receive(CpsStep step, Stamper stamper) {
        if (step instanceof CpsStep.HandoverAcknowledged) {
            return List.of();
        }
        Received received = step.received();
        List<CaseFact> facts = new ArrayList<>();
        facts.add(new CaseFact.HandoverAcknowledged(
                stamper.stamp(urn(), Actor.SYSTEM, received.correlationId(), received.eventId()),
                received.eventId(), received.eventType()));
        apply(step, stamper).flatMap(milestone -> victimUpdate(milestone, received.correlationId(), received.eventId(),
                Actor.SYSTEM, stamper.today(), null, stamper)).ifPresent(facts::add);
        return facts;
    }

    private Optional<VictimMilestone> apply(CpsStep step, Stamper stamper) {
        String attempted = "apply " + step.getClass().getSimpleName();
        if (step instanceof CpsStep.CaseFileReceiptAcknowledged receipt) {
            requireCurrentFile(attempted, receipt.caseFileEventId(), FILE_SUBMITTED);
            state = FILE_RECEIVED;
        } else if (step instanceof CpsStep.CaseFileAccepted accepted) {
            requireCurrentFile(attempted, accepted.caseFileEventId(), FILE_SUBMITTED, FILE_RECEIVED);
            decisionDueOn = accepted.decisionDueOn();
            state = ACCEPTED;
        } else if (step instanceof CpsStep.CaseFileRejected rejected) {
            requireCurrentFile(attempted, rejected.caseFileEventId(), FILE_SUBMITTED, FILE_RECEIVED);
            state = REJECTED;
        } else if (step instanceof CpsStep.EarlyAdviceGiven) {
            if (earlyAdviceRequestEventId == null) {
                throw refused(attempted, "no early advice was requested");
            }
            state = state == EARLY_ADVICE_REQUESTED ? EARLY_ADVICE_GIVEN : state;
        } else if (step instanceof CpsStep.ActionPlanIssued plan) {
            issue(plan, attempted, stamper);
        } else if (step instanceof CpsStep.CaseAdministrativelyFinalised) {
            require(attempted, FILE_RECEIVED, ACCEPTED, ACTION_PLAN_OPEN, AWAITING_DECISION);
            state = ADMINISTRATIVELY_FINALISED;
            return Optional.of(VictimMilestone.ACTION_PLAN_OUTCOME);
        } else if (step instanceof CpsStep.CaseReopened) {
            require(attempted, ADMINISTRATIVELY_FINALISED);
            state = openActionPlan().isPresent() ? ACTION_PLAN_OPEN : AWAITING_DECISION;
            return Optional.of(VictimMilestone.CASE_REOPENED);
        } else if (step instanceof CpsStep.ChargingDecisionMade decided) {
            require(attempted, ACCEPTED, ACTION_PLAN_OPEN, AWAITING_DECISION);
            openActionPlan().ifPresent(open -> replacePlan(open.superseded()));
            Received r = decided.received();
            decision = new Decision(r.eventId(), r.correlationId(), decided.outcome(), decided.testApplied(),
                    r.occurredAt(), decided.victimRightToReviewDeadline());
            state = DECIDED;
        }
        return Optional.empty();
    }

    private void issue(CpsStep.ActionPlanIssued plan, String attempted, Stamper stamper) {
        require(attempted, ACCEPTED, AWAITING_DECISION);
        int last = actionPlans.stream().mapToInt(ActionPlan::sequenceNumber).max().orElse(0);
        if (plan.sequenceNumber() <= last) {
            throw refused(attempted, "plan " + plan.sequenceNumber() + " does not follow plan " + last);
        }
        List<ActionPlan> plans = new ArrayList<>(actionPlans);
        plans.add(new ActionPlan(plan.sequenceNumber(), plan.received().eventId(), plan.received().correlationId(),
                plan.planDueOn(), plan.requiresDcpReview(), stamper.now(), plan.items(), ActionPlan.Status.OPEN, null));
        actionPlans = List.copyOf(plans);
        state = ACTION_PLAN_OPEN;
    }

    // ---- helpers ----

    private Optional<CaseFact.VictimUpdateIssued> victimUpdate(VictimMilestone milestone, UUID correlationId,
            UUID causationId, Actor actor, LocalDate date, ChargingOutcome outcome, Stamper stamper) {
        Envelope envelope = correlationId == null
                ? stamper.startConversation(urn(), actor)
                : stamper.stamp(urn(), actor, correlationId, causationId);
        return VictimUpdatePolicy.update(consent, envelope,
                identity.victimId(), milestone, date, outcome,
                milestone == VictimMilestone.BAIL_CHANGED ? custody.safetyBailConditions() : List.of(),
                identity.policeContact());
    }

    private void require(String attempted, CaseState... allowed) {
        if (!List.of(allowed).contains(state)) {
            throw refused(attempted, "allowed only when " + List.of(allowed));
        }
    }

    private void requireCurrentFile(String attempted, UUID caseFileEventId, CaseState... allowed) {
        require(attempted, allowed);
        if (!caseFileEventId.equals(currentSubmissionEventId)) {
            throw refused(attempted, "it answers a case file other than submission " + submissionNumber);
        }
    }

    private String planStatus(int number) {
        return actionPlans.stream().filter(plan -> plan.sequenceNumber() == number).findFirst()
                .map(plan -> "action plan " + number + " is " + plan.status())
                .orElse("CPS issued no action plan " + number);
    }

    private IllegalCaseStepException refused(String attempted, String why) {
        return new IllegalCaseStepException(urn(), state, attempted, why);
    }

    private void replacePlan(ActionPlan plan) {
        actionPlans = actionPlans.stream()
                .map(existing -> existing.sequenceNumber() == plan.sequenceNumber() ? plan : existing).toList();
    }
}
