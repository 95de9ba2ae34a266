package uk.casehandover.cps.casefile.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import uk.casehandover.common.v1.DocumentType;
import uk.casehandover.common.v1.EvidenceDocument;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.cps.casefile.ActionPlan;
import uk.casehandover.cps.casefile.Actor;
import uk.casehandover.cps.casefile.CpsFact;
import uk.casehandover.cps.casefile.Decision;
import uk.casehandover.cps.casefile.Envelope;
import uk.casehandover.cps.casefile.PoliceHandover;
import uk.casehandover.cps.casefile.Vocabulary;
import uk.casehandover.police.v1.CaseFileSubmitted;
import uk.casehandover.schemas.HandoverTopic;
import uk.casehandover.schemas.HandoverValidation;
import uk.casehandover.schemas.Topics;
import uk.casehandover.schemas.fixtures.SampleEvents;

/** Every CPS fact becomes an event the contract lets CPS send; police events read into what the case applies. */
class CpsEventsTest {

    static final String URN = "01ZD0304208";
    static final Envelope ENVELOPE = new Envelope(UUID.randomUUID(), Instant.parse("2026-03-02T09:00:00Z"),
            new Actor("CPS-LAWYER-0001", "PROSECUTOR"), UUID.randomUUID(), UUID.randomUUID());
    static final LocalDate DUE = LocalDate.parse("2026-03-16");

    static Stream<CpsFact> everyFact() {
        ActionPlan plan = new ActionPlan(2, ENVELOPE.eventId(), ENVELOPE.occurredAt(), DUE, true,
                List.of(new ActionPlan.Item("AP2-1", "Synthetic item", Vocabulary.ActionOwner.OFFICER_IN_CASE, DUE)),
                null, null);
        return Stream.of(
                new CpsFact.CaseFileReceiptAcknowledged(ENVELOPE, UUID.randomUUID(), 2, true),
                new CpsFact.CaseFileAccepted(ENVELOPE, UUID.randomUUID(), DUE),
                new CpsFact.CaseFileRejected(ENVELOPE, UUID.randomUUID(),
                        List.of(Vocabulary.RejectionReason.NO_MG3), "Synthetic note"),
                new CpsFact.EarlyAdviceGiven(ENVELOPE, UUID.randomUUID(), "Synthetic advice", List.of("Enquiry")),
                new CpsFact.ActionPlanIssued(ENVELOPE, plan),
                new CpsFact.CaseAdministrativelyFinalised(ENVELOPE, 1, null),
                new CpsFact.CaseReopened(ENVELOPE, UUID.randomUUID(), "Synthetic reason"),
                new CpsFact.ChargingDecisionMade(ENVELOPE, new Decision(ENVELOPE.eventId(),
                        Vocabulary.ChargingOutcome.CHARGE, List.of(new Decision.Charge("SX03001", "98/1234567L")),
                        Vocabulary.TestType.FULL_CODE_TEST, "Synthetic rationale", null)),
                new CpsFact.HandoverAcknowledged(ENVELOPE, UUID.randomUUID(),
                        "uk.casehandover.police.v1.ActionPlanAnswered"));
    }

    @ParameterizedTest
    @MethodSource("everyFact")
    void everyFactIsAnEventCpsMaySendToThePolice(CpsFact fact) {
        SpecificRecord event = CpsEvents.toAvro(URN, "LONDON_NORTH", fact);

        assertThat(HandoverValidation.validate(Topics.CPS_TO_POLICE, event)).isEmpty();
        HandoverMetadata metadata = (HandoverMetadata) event.get(0);
        assertThat(metadata.getEventId()).isEqualTo(ENVELOPE.eventId());
        assertThat(metadata.getCausationId()).isEqualTo(ENVELOPE.causationId());
        assertThat(metadata.getCorrelationId()).isEqualTo(ENVELOPE.correlationId());
        assertThat(metadata.getProducerId()).isEqualTo("LONDON_NORTH");
    }

    @Test
    void everyEventCpsMaySendHasAFact() {
        assertThat(everyFact().map(fact -> CpsEvents.toAvro(URN, "LONDON_NORTH", fact).getSchema().getFullName()))
                .containsExactlyInAnyOrderElementsOf(HandoverTopic.CPS_TO_POLICE.eventTypes().stream()
                        .map(type -> type.fullName()).toList());
    }

    @Test
    void aFileKeepsCountsAndFlagsAndItsHashesAreVerifiedOnlyWhenEveryOneIsWellFormed() {
        CaseFileSubmitted complete = SampleEvents.aCaseFileSubmitted().withSuspectInCustody().build();
        List<EvidenceDocument> manifest = new java.util.ArrayList<>(complete.getEvidenceManifest());
        manifest.add(EvidenceDocument.newBuilder(SampleEvents.aDocument("DOC-0003", DocumentType.EXHIBIT))
                .setSha256("NOT-A-HASH").build());
        CaseFileSubmitted submitted = CaseFileSubmitted.newBuilder(complete).setEvidenceManifest(manifest).build();

        PoliceHandover handover = PoliceEvents.toDomain(submitted, "uk.casehandover.police.v1.CaseFileSubmitted",
                Instant.parse("2026-03-02T09:05:00Z"));

        var file = ((PoliceHandover.CaseFileSubmission) handover).file();
        assertThat(file.documents()).isEqualTo(3);
        assertThat(file.manifestHashesVerified()).isFalse();
        assertThat(file.hasMg3()).isTrue();
        assertThat(file.suspectInCustody()).isTrue();
        assertThat(file.suspectPncIds()).containsExactly(SampleEvents.SUSPECT_PNC_ID);
        assertThat(file.fileStandardFailures()).containsExactly(Vocabulary.RejectionReason.EVIDENCE_HASH_MISMATCH);
    }
}
