package uk.casehandover.police.casefile.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.casehandover.police.casefile.ActionPlan;
import uk.casehandover.police.casefile.CaseState;
import uk.casehandover.police.casefile.ChargingOutcome;
import uk.casehandover.police.casefile.ContactMethod;
import uk.casehandover.police.casefile.Offence;
import uk.casehandover.police.casefile.SharingScope;
import uk.casehandover.police.casefile.TestType;

/** What an officer sees of a case: where it stands, what CPS sent and when, and what the ISVA service was told. */
public record CaseView(String urn, String forceCode, CaseState state, String victimId, boolean enhancedRightsVictim,
        Instant openedAt, Instant updatedAt, List<Offence> offences, List<String> suspectPncIds, int submissionNumber,
        LocalDate decisionDueOn, OpenActionPlan openActionPlan, DecisionView decision, VictimTold victimTold,
        CustodyView custody, ConsentView consent, List<LogEntry> receivedFromCps, List<LogEntry> sentToCps,
        List<LogEntry> sentToIsva, VictimDetails.View victimDetails) {

    public record OpenActionPlan(int sequenceNumber, LocalDate dueOn, boolean requiresDcpReview, Instant issuedAt,
            List<ActionPlan.Item> items) {
    }

    public record DecisionView(ChargingOutcome outcome, TestType testApplied, Instant decidedAt,
            LocalDate victimRightToReviewDeadline) {
    }

    public record VictimTold(Instant at, ContactMethod method) {
    }

    public record CustodyView(Instant custodyExpiresAt, Instant bailExpiresAt, List<String> safetyBailConditions) {
    }

    public record ConsentView(String isvaServiceId, Set<SharingScope> scopes, Instant givenAt) {
    }

    /** One handover: acknowledgedAt when the recipient confirmed receipt, readAt when an ISVA person read an update. */
    public record LogEntry(UUID eventId, String eventType, Instant occurredAt, Instant recordedAt, String summary,
            String milestone, String isvaServiceId, Instant acknowledgedAt, Instant readAt) {
    }

    /** A line of the force's case list. */
    public record Summary(String urn, CaseState state, String victimId, int submissionNumber, LocalDate decisionDueOn,
            LocalDate actionPlanDueOn, ChargingOutcome decisionOutcome, Instant updatedAt) {
    }
}
