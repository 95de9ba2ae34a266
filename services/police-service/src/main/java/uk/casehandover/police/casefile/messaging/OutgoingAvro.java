package uk.casehandover.police.casefile.messaging;

import java.nio.ByteBuffer;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import uk.casehandover.common.v1.Actor;
import uk.casehandover.common.v1.ActorRole;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.common.v1.ChargingOutcome;
import uk.casehandover.common.v1.DocumentType;
import uk.casehandover.common.v1.EncryptedPersonalData;
import uk.casehandover.common.v1.EvidenceDocument;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.common.v1.Offence;
import uk.casehandover.common.v1.OffencePeriod;
import uk.casehandover.common.v1.SharingScope;
import uk.casehandover.common.v1.TestType;
import uk.casehandover.police.casefile.CaseFact;
import uk.casehandover.police.casefile.Envelope;
import uk.casehandover.police.v1.ActionItemResponse;
import uk.casehandover.police.v1.ActionItemStatus;
import uk.casehandover.police.v1.ContactMethod;
import uk.casehandover.police.v1.DisclosureSchedule;
import uk.casehandover.police.v1.PoliceContactPoint;
import uk.casehandover.police.v1.Suspect;
import uk.casehandover.police.v1.Victim;
import uk.casehandover.police.v1.VictimMilestone;
import uk.casehandover.schemas.Topics;
import uk.casehandover.victimdata.SealedVictimData;

/**
 * The police facts as the contract's Avro events. The producer is the force whose code the URN starts with; enums map
 * by name (a test keeps every domain constant mappable). Victims travel by pseudonymous id only.
 */
final class OutgoingAvro {

    private OutgoingAvro() {
    }

    static String topic(CaseFact fact) {
        return switch (fact.recipient()) {
            case CPS -> Topics.POLICE_TO_CPS;
            case ISVA_SERVICE -> Topics.POLICE_TO_ISVA;
        };
    }

    static SpecificRecord toAvro(CaseFact fact) {
        HandoverMetadata m = metadata(fact.envelope());
        if (fact instanceof CaseFact.EarlyAdviceRequested f) {
            return uk.casehandover.police.v1.EarlyAdviceRequested.newBuilder().setMetadata(m).setSummary(f.summary())
                    .setLinesOfEnquiry(f.linesOfEnquiry()).setSuspectAccountSummary(f.suspectAccountSummary())
                    .setQuestionsForProsecutor(f.questionsForProsecutor())
                    .setOffencesUnderConsideration(offences(f.offencesUnderConsideration())).build();
        } else if (fact instanceof CaseFact.CaseFileSubmitted f) {
            var file = f.file();
            return uk.casehandover.police.v1.CaseFileSubmitted.newBuilder().setMetadata(m)
                    .setSubmissionNumber(f.submissionNumber()).setMg3Summary(file.mg3Summary())
                    .setCaseSummary(file.caseSummary()).setEvidenceManifest(documents(file.evidenceManifest()))
                    .setDisclosureSchedules(file.disclosureSchedules().stream()
                            .map(s -> DisclosureSchedule.valueOf(s.name())).toList())
                    .setTestRequested(TestType.valueOf(file.testRequested().name()))
                    .setCustodyExpiresAt(file.custodyExpiresAt()).setBailExpiresAt(file.bailExpiresAt())
                    .setSuspectInCustody(file.suspectInCustody()).setVulnerableVictim(file.vulnerableVictim())
                    .setEnhancedRightsVictim(f.enhancedRightsVictim())
                    .setSuspects(f.suspectPncIds().stream().map(Suspect::new).toList())
                    .setOffences(offences(f.offences()))
                    .setVictims(List.of(victim(f.victimId(), f.victimData()))).build();
        } else if (fact instanceof CaseFact.ActionPlanAnswered f) {
            return uk.casehandover.police.v1.ActionPlanAnswered.newBuilder().setMetadata(m)
                    .setPlanSequenceNumber(f.planSequenceNumber())
                    .setResponses(f.responses().stream().map(r -> new ActionItemResponse(r.itemId(),
                            ActionItemStatus.valueOf(r.status().name()), r.response(),
                            documents(r.additionalDocuments()))).toList()).build();
        } else if (fact instanceof CaseFact.VictimToldOfDecision f) {
            return uk.casehandover.police.v1.VictimToldOfDecision.newBuilder().setMetadata(m).setVictimId(f.victimId())
                    .setDecisionEventId(f.decisionEventId()).setToldAt(f.toldAt())
                    .setMethod(ContactMethod.valueOf(f.method().name())).build();
        } else if (fact instanceof CaseFact.HandoverAcknowledged f) {
            return uk.casehandover.common.v1.HandoverAcknowledged.newBuilder().setMetadata(m)
                    .setAcknowledgedEventId(f.acknowledgedEventId())
                    .setAcknowledgedEventType(f.acknowledgedEventType()).build();
        } else if (fact instanceof CaseFact.VictimConsentGiven f) {
            return uk.casehandover.police.v1.VictimConsentGiven.newBuilder().setMetadata(m).setVictimId(f.victimId())
                    .setIsvaServiceId(f.isvaServiceId()).setScopes(scopes(f.scopes())).build();
        } else if (fact instanceof CaseFact.VictimConsentWithdrawn f) {
            return uk.casehandover.police.v1.VictimConsentWithdrawn.newBuilder().setMetadata(m)
                    .setVictimId(f.victimId()).setIsvaServiceId(f.isvaServiceId())
                    .setWithdrawnScopes(scopes(f.withdrawnScopes())).build();
        } else if (fact instanceof CaseFact.VictimUpdateIssued f) {
            var contact = f.policeContact();
            return uk.casehandover.police.v1.VictimUpdateIssued.newBuilder().setMetadata(m).setVictimId(f.victimId())
                    .setIsvaServiceId(f.isvaServiceId()).setMilestone(VictimMilestone.valueOf(f.milestone().name()))
                    .setMilestoneDate(f.milestoneDate()).setNextStep(f.nextStep())
                    .setOutcomeType(f.outcomeType() == null ? null : ChargingOutcome.valueOf(f.outcomeType().name()))
                    .setSafetyBailConditions(f.safetyBailConditions())
                    .setPoliceContact(new PoliceContactPoint(contact.team(), contact.telephone(), contact.email()))
                    .build();
        }
        throw new IllegalArgumentException("no Avro mapping for " + fact.getClass().getSimpleName());
    }

    /** The victim by pseudonymous id, with each personal-data field as its ciphertext only (or null). */
    static Victim victim(String victimId, SealedVictimData sealed) {
        Victim.Builder victim = Victim.newBuilder().setVictimId(victimId);
        if (sealed != null) {
            victim.setName(encrypted(sealed.keyId(), sealed.name()))
                    .setDateOfBirth(encrypted(sealed.keyId(), sealed.dateOfBirth()))
                    .setContactDetails(encrypted(sealed.keyId(), sealed.contactDetails()))
                    .setCommunicationPreferences(encrypted(sealed.keyId(), sealed.communicationPreferences()));
        }
        return victim.build();
    }

    private static EncryptedPersonalData encrypted(String keyId, byte[] ciphertext) {
        return ciphertext == null ? null : new EncryptedPersonalData(keyId, ByteBuffer.wrap(ciphertext));
    }

    static HandoverMetadata metadata(Envelope e) {
        return HandoverMetadata.newBuilder().setEventId(e.eventId()).setOccurredAt(e.occurredAt()).setUrn(e.urn())
                .setProducingAgency(Agency.POLICE).setProducerId(e.urn().substring(0, 2))
                .setActor(new Actor(e.actor().id(), ActorRole.valueOf(e.actor().role().name())))
                .setCorrelationId(e.correlationId()).setCausationId(e.causationId()).build();
    }

    private static List<Offence> offences(List<uk.casehandover.police.casefile.Offence> offences) {
        return offences.stream().map(o -> new Offence(o.cjsOffenceCode(), o.description(),
                o.committedFrom() == null ? null : new OffencePeriod(o.committedFrom(), o.committedTo()))).toList();
    }

    private static List<EvidenceDocument> documents(List<uk.casehandover.police.casefile.EvidenceDocument> documents) {
        return documents.stream().map(d -> new EvidenceDocument(d.documentId(), d.title(),
                DocumentType.valueOf(d.type().name()), d.sha256(), d.sizeBytes())).toList();
    }

    private static List<SharingScope> scopes(java.util.Set<uk.casehandover.police.casefile.SharingScope> scopes) {
        return scopes.stream().sorted().map(s -> SharingScope.valueOf(s.name())).toList();
    }
}
