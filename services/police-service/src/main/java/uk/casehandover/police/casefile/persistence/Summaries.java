package uk.casehandover.police.casefile.persistence;

import uk.casehandover.police.casefile.CaseFact;
import uk.casehandover.police.casefile.CpsStep;

/** One line per handover for the case view: which step, which number or outcome; never free text or victim details. */
final class Summaries {

    private Summaries() {
    }

    static String of(CaseFact fact) {
        if (fact instanceof CaseFact.CaseFileSubmitted f) {
            return "case file submission " + f.submissionNumber() + ", " + f.file().testRequested() + ", "
                    + f.file().evidenceManifest().size() + " documents";
        } else if (fact instanceof CaseFact.ActionPlanAnswered f) {
            return "action plan " + f.planSequenceNumber() + " answered, " + f.responses().size() + " items";
        } else if (fact instanceof CaseFact.VictimToldOfDecision f) {
            return "victim told of the decision, " + f.method();
        } else if (fact instanceof CaseFact.HandoverAcknowledged f) {
            return "acknowledged " + JdbcHandoverLog.simpleType(f.acknowledgedEventType()) + " " + f.acknowledgedEventId();
        } else if (fact instanceof CaseFact.VictimConsentGiven f) {
            return "consent given to " + f.isvaServiceId() + " for " + f.scopes();
        } else if (fact instanceof CaseFact.VictimConsentWithdrawn f) {
            return "consent to " + f.isvaServiceId() + " withdrawn for " + f.withdrawnScopes();
        } else if (fact instanceof CaseFact.VictimUpdateIssued f) {
            return "victim update " + f.milestone() + " to " + f.isvaServiceId();
        }
        return "early advice requested";
    }

    static String of(CpsStep step) {
        if (step instanceof CpsStep.CaseFileReceiptAcknowledged s) {
            return "receipt acknowledged, " + s.documentsReceived() + " documents, hashes "
                    + (s.manifestHashesVerified() ? "verified" : "NOT verified");
        } else if (step instanceof CpsStep.CaseFileAccepted s) {
            return "file accepted, decision due " + s.decisionDueOn();
        } else if (step instanceof CpsStep.CaseFileRejected s) {
            return "file rejected: " + s.reasons();
        } else if (step instanceof CpsStep.EarlyAdviceGiven) {
            return "early advice given";
        } else if (step instanceof CpsStep.ActionPlanIssued s) {
            return "action plan " + s.sequenceNumber() + " issued, " + s.items().size() + " items, due " + s.planDueOn()
                    + (s.requiresDcpReview() ? ", DCP review" : "");
        } else if (step instanceof CpsStep.CaseAdministrativelyFinalised s) {
            return "administratively finalised: " + s.reason();
        } else if (step instanceof CpsStep.CaseReopened) {
            return "case reopened";
        } else if (step instanceof CpsStep.ChargingDecisionMade s) {
            return "charging decision: " + s.outcome();
        }
        return "handover acknowledged";
    }
}
