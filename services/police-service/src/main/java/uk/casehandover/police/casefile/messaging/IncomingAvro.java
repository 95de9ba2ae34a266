package uk.casehandover.police.casefile.messaging;

import org.apache.avro.specific.SpecificRecord;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.cps.v1.ActionPlanIssued;
import uk.casehandover.cps.v1.CaseAdministrativelyFinalised;
import uk.casehandover.cps.v1.CaseFileAccepted;
import uk.casehandover.cps.v1.CaseFileReceiptAcknowledged;
import uk.casehandover.cps.v1.CaseFileRejected;
import uk.casehandover.cps.v1.CaseReopened;
import uk.casehandover.cps.v1.ChargingDecisionMade;
import uk.casehandover.cps.v1.EarlyAdviceGiven;
import uk.casehandover.police.casefile.ActionPlan;
import uk.casehandover.police.casefile.ChargingOutcome;
import uk.casehandover.police.casefile.CpsStep;
import uk.casehandover.police.casefile.Received;
import uk.casehandover.police.casefile.TestType;

/** CPS's Avro events as the steps a police case applies. An event the police cannot read as a step is refused. */
final class IncomingAvro {

    private IncomingAvro() {
    }

    static Received received(SpecificRecord event) {
        HandoverMetadata m = (HandoverMetadata) event.get(0);
        return new Received(m.getEventId(), event.getSchema().getFullName(), m.getOccurredAt(), m.getUrn(),
                m.getCorrelationId());
    }

    static CpsStep cpsStep(SpecificRecord event) {
        Received r = received(event);
        if (event instanceof CaseFileReceiptAcknowledged e) {
            return new CpsStep.CaseFileReceiptAcknowledged(r, e.getCaseFileEventId(), e.getDocumentsReceived(),
                    e.getManifestHashesVerified());
        } else if (event instanceof CaseFileAccepted e) {
            return new CpsStep.CaseFileAccepted(r, e.getCaseFileEventId(), e.getDecisionDueOn());
        } else if (event instanceof CaseFileRejected e) {
            return new CpsStep.CaseFileRejected(r, e.getCaseFileEventId(),
                    e.getReasons().stream().map(Enum::name).toList());
        } else if (event instanceof EarlyAdviceGiven e) {
            return new CpsStep.EarlyAdviceGiven(r, e.getRequestEventId());
        } else if (event instanceof ActionPlanIssued e) {
            return new CpsStep.ActionPlanIssued(r, e.getSequenceNumber(), e.getPlanDueOn(), e.getRequiresDcpReview(),
                    e.getItems().stream().map(item -> new ActionPlan.Item(item.getItemId(), item.getDescription(),
                            ActionPlan.Owner.valueOf(item.getOwner().name()), item.getDueOn())).toList());
        } else if (event instanceof CaseAdministrativelyFinalised e) {
            return new CpsStep.CaseAdministrativelyFinalised(r, e.getReason().name(), e.getPlanSequenceNumber());
        } else if (event instanceof CaseReopened) {
            return new CpsStep.CaseReopened(r);
        } else if (event instanceof ChargingDecisionMade e) {
            if (e.getOutcome() == uk.casehandover.common.v1.ChargingOutcome.UNKNOWN) {
                throw new UnappliableHandoverException(r, "the charging outcome is UNKNOWN to this service");
            }
            return new CpsStep.ChargingDecisionMade(r, ChargingOutcome.valueOf(e.getOutcome().name()),
                    e.getTestApplied() == null ? null : TestType.valueOf(e.getTestApplied().name()),
                    e.getVictimRightToReviewDeadline());
        } else if (event instanceof uk.casehandover.common.v1.HandoverAcknowledged e) {
            return new CpsStep.HandoverAcknowledged(r, e.getAcknowledgedEventId());
        }
        throw new UnappliableHandoverException(r, "police-service does not apply " + r.eventType());
    }
}
