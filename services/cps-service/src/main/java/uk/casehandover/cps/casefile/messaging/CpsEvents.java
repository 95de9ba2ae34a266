package uk.casehandover.cps.casefile.messaging;

import org.apache.avro.specific.SpecificRecord;
import uk.casehandover.common.v1.ActorRole;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.common.v1.ChargingOutcome;
import uk.casehandover.common.v1.HandoverAcknowledged;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.common.v1.TestType;
import uk.casehandover.cps.casefile.CpsFact;
import uk.casehandover.cps.casefile.Envelope;
import uk.casehandover.cps.v1.ActionItem;
import uk.casehandover.cps.v1.ActionOwner;
import uk.casehandover.cps.v1.ActionPlanIssued;
import uk.casehandover.cps.v1.CaseAdministrativelyFinalised;
import uk.casehandover.cps.v1.CaseFileAccepted;
import uk.casehandover.cps.v1.CaseFileReceiptAcknowledged;
import uk.casehandover.cps.v1.CaseFileRejected;
import uk.casehandover.cps.v1.CaseReopened;
import uk.casehandover.cps.v1.Charge;
import uk.casehandover.cps.v1.ChargingDecisionMade;
import uk.casehandover.cps.v1.EarlyAdviceGiven;
import uk.casehandover.cps.v1.FinalisationReason;
import uk.casehandover.cps.v1.RejectionReason;

/** Writes CPS facts as the contract's cps.v1 events (and common.v1 HandoverAcknowledged), produced by a CPS Area. */
final class CpsEvents {

    private CpsEvents() {
    }

    static SpecificRecord toAvro(String urn, String cpsArea, CpsFact fact) {
        HandoverMetadata metadata = metadata(urn, cpsArea, fact.envelope());
        if (fact instanceof CpsFact.CaseFileReceiptAcknowledged receipt) {
            return CaseFileReceiptAcknowledged.newBuilder()
                    .setMetadata(metadata).setCaseFileEventId(receipt.caseFileEventId())
                    .setDocumentsReceived(receipt.documentsReceived())
                    .setManifestHashesVerified(receipt.manifestHashesVerified()).build();
        }
        if (fact instanceof CpsFact.CaseFileAccepted accepted) {
            return CaseFileAccepted.newBuilder()
                    .setMetadata(metadata).setCaseFileEventId(accepted.caseFileEventId())
                    .setDecisionDueOn(accepted.decisionDueOn()).build();
        }
        if (fact instanceof CpsFact.CaseFileRejected rejected) {
            return CaseFileRejected.newBuilder()
                    .setMetadata(metadata).setCaseFileEventId(rejected.caseFileEventId())
                    .setReasons(rejected.reasons().stream().map(r -> RejectionReason.valueOf(r.name())).toList())
                    .setNote(rejected.note()).build();
        }
        if (fact instanceof CpsFact.EarlyAdviceGiven advice) {
            return EarlyAdviceGiven.newBuilder()
                    .setMetadata(metadata).setRequestEventId(advice.requestEventId()).setAdvice(advice.advice())
                    .setRecommendedLinesOfEnquiry(advice.recommendedLinesOfEnquiry()).build();
        }
        if (fact instanceof CpsFact.ActionPlanIssued issued) {
            return ActionPlanIssued.newBuilder()
                    .setMetadata(metadata).setSequenceNumber(issued.plan().sequenceNumber())
                    .setPlanDueOn(issued.plan().dueOn()).setRequiresDcpReview(issued.plan().requiresDcpReview())
                    .setItems(issued.plan().items().stream().map(item -> ActionItem.newBuilder()
                            .setItemId(item.itemId()).setDescription(item.description())
                            .setOwner(ActionOwner.valueOf(item.owner().name())).setDueOn(item.dueOn()).build())
                            .toList())
                    .build();
        }
        if (fact instanceof CpsFact.CaseAdministrativelyFinalised finalised) {
            return CaseAdministrativelyFinalised.newBuilder()
                    .setMetadata(metadata).setReason(FinalisationReason.ACTION_PLAN_UNANSWERED)
                    .setPlanSequenceNumber(finalised.planSequenceNumber()).setNote(finalised.note()).build();
        }
        if (fact instanceof CpsFact.CaseReopened reopened) {
            return CaseReopened.newBuilder()
                    .setMetadata(metadata).setFinalisationEventId(reopened.finalisationEventId())
                    .setReason(reopened.reason()).build();
        }
        if (fact instanceof CpsFact.ChargingDecisionMade made) {
            return ChargingDecisionMade.newBuilder()
                    .setMetadata(metadata).setOutcome(ChargingOutcome.valueOf(made.decision().outcome().name()))
                    .setCharges(made.decision().charges().stream()
                            .map(c -> new Charge(c.cjsOffenceCode(), c.suspectPncId())).toList())
                    .setTestApplied(made.decision().testApplied() == null ? null
                            : TestType.valueOf(made.decision().testApplied().name()))
                    .setRationale(made.decision().rationale())
                    .setVictimRightToReviewDeadline(made.decision().victimRightToReviewDeadline()).build();
        }
        if (fact instanceof CpsFact.HandoverAcknowledged ack) {
            return HandoverAcknowledged.newBuilder()
                    .setMetadata(metadata).setAcknowledgedEventId(ack.acknowledgedEventId())
                    .setAcknowledgedEventType(ack.acknowledgedEventType()).build();
        }
        throw new IllegalArgumentException("unknown fact " + fact.getClass().getSimpleName());
    }

    private static HandoverMetadata metadata(String urn, String cpsArea, Envelope envelope) {
        return HandoverMetadata.newBuilder()
                .setEventId(envelope.eventId())
                .setOccurredAt(envelope.occurredAt())
                .setUrn(urn)
                .setProducingAgency(Agency.CPS)
                .setProducerId(cpsArea)
                .setActor(new uk.casehandover.common.v1.Actor(envelope.actor().id(), role(envelope.actor().role())))
                .setCorrelationId(envelope.correlationId())
                .setCausationId(envelope.causationId())
                .build();
    }

    private static ActorRole role(String role) {
        try {
            return ActorRole.valueOf(role);
        } catch (IllegalArgumentException unknown) {
            return ActorRole.UNKNOWN;
        }
    }
}
