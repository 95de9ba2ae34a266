package uk.casehandover.cps.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.casehandover.cps.casefile.Vocabulary.RejectionReason;

/** What CPS tells the police: each fact becomes one event on the CPS-to-police topic. */
public sealed interface CpsFact {

    Envelope envelope();

    record CaseFileReceiptAcknowledged(Envelope envelope, UUID caseFileEventId, int documentsReceived,
            boolean manifestHashesVerified) implements CpsFact {
    }

    record CaseFileAccepted(Envelope envelope, UUID caseFileEventId, LocalDate decisionDueOn) implements CpsFact {
    }

    record CaseFileRejected(Envelope envelope, UUID caseFileEventId, List<RejectionReason> reasons, String note)
            implements CpsFact {
    }

    record EarlyAdviceGiven(Envelope envelope, UUID requestEventId, String advice,
            List<String> recommendedLinesOfEnquiry) implements CpsFact {
    }

    record ActionPlanIssued(Envelope envelope, ActionPlan plan) implements CpsFact {
    }

    record CaseAdministrativelyFinalised(Envelope envelope, int planSequenceNumber, String note) implements CpsFact {
    }

    record CaseReopened(Envelope envelope, UUID finalisationEventId, String reason) implements CpsFact {
    }

    record ChargingDecisionMade(Envelope envelope, Decision decision) implements CpsFact {
    }

    /** The receipt of a police handover other than a case file; acknowledgements themselves are never acknowledged. */
    record HandoverAcknowledged(Envelope envelope, UUID acknowledgedEventId, String acknowledgedEventType)
            implements CpsFact {
    }
}
