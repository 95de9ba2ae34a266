package uk.casehandover.police.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A handover received from CPS, as the police case needs it. */
public sealed interface CpsStep {

    Received received();

    record CaseFileReceiptAcknowledged(Received received, UUID caseFileEventId, int documentsReceived,
            boolean manifestHashesVerified) implements CpsStep {
    }

    record CaseFileAccepted(Received received, UUID caseFileEventId, LocalDate decisionDueOn) implements CpsStep {
    }

    record CaseFileRejected(Received received, UUID caseFileEventId, List<String> reasons) implements CpsStep {
    }

    record EarlyAdviceGiven(Received received, UUID requestEventId) implements CpsStep {
    }

    record ActionPlanIssued(Received received, int sequenceNumber, LocalDate planDueOn, boolean requiresDcpReview,
            List<ActionPlan.Item> items) implements CpsStep {
    }

    record CaseAdministrativelyFinalised(Received received, String reason, Integer planSequenceNumber) implements CpsStep {
    }

    record CaseReopened(Received received) implements CpsStep {
    }

    record ChargingDecisionMade(Received received, ChargingOutcome outcome, TestType testApplied,
            LocalDate victimRightToReviewDeadline) implements CpsStep {
    }

    /** CPS acknowledged one of the police's handovers. Acknowledgements are never acknowledged. */
    record HandoverAcknowledged(Received received, UUID acknowledgedEventId) implements CpsStep {
    }
}
