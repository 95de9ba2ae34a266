package uk.casehandover.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.common.v1.DocumentType;
import uk.casehandover.common.v1.EvidenceDocument;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.cps.v1.Charge;
import uk.casehandover.cps.v1.ChargingDecisionMade;
import uk.casehandover.police.v1.CaseFileSubmitted;
import uk.casehandover.police.v1.Suspect;
import uk.casehandover.schemas.fixtures.SampleEvents;
import uk.casehandover.schemas.identifiers.Violation;
import uk.casehandover.timeliness.v1.HandoverOverdue;

class HandoverValidationTest {

    @Test
    void acceptsEverySampleEventOnEveryTopicThatCarriesIt() {
        for (SpecificRecord event : SampleEvents.oneOfEach()) {
            for (HandoverTopic topic : EventCatalogue.topicsCarrying(event.getSchema().getFullName())) {
                if (topic.sender() == ((HandoverMetadata) event.get(0)).getProducingAgency()) {
                    assertThat(HandoverValidation.validate(topic.topicName(), event))
                            .as(event.getSchema().getFullName() + " on " + topic.topicName()).isEmpty();
                }
            }
        }
    }

    @Test
    void acceptsAPlatformEventOnlyOnItsPlatformTopicAndOnlyFromThePlatform() {
        HandoverOverdue overdue = overdue(Agency.PLATFORM);

        assertThat(HandoverValidation.validate(Topics.PLATFORM_TIMELINESS, overdue)).isEmpty();
        assertThat(HandoverValidation.validate(Topics.PLATFORM_TIMELINESS, overdue(Agency.CPS)))
                .extracting(Violation::field).contains("metadata.producingAgency");
        assertThat(HandoverValidation.validate(Topics.POLICE_TO_CPS, overdue)).extracting(Violation::toString)
                .containsExactly("eventType: uk.casehandover.timeliness.v1.HandoverOverdue may not travel on "
                        + Topics.POLICE_TO_CPS);
        assertThat(HandoverValidation.validate(Topics.PLATFORM_AUDIT_TREE_HEADS, overdue)).extracting(Violation::field)
                .containsExactly("eventType");
        assertThat(HandoverValidation.validate("platform.unknown", overdue)).extracting(Violation::field)
                .containsExactly("topic");
    }

    private static HandoverOverdue overdue(Agency producer) {
        HandoverMetadata metadata = HandoverMetadata.newBuilder(SampleEvents.aCaseFileSubmitted().build().getMetadata())
                .setProducingAgency(producer).setProducerId(producer == Agency.CPS ? SampleEvents.CPS_AREA : "timeliness-service")
                .build();
        return HandoverOverdue.newBuilder().setMetadata(metadata).setOverdueEventId(UUID.randomUUID())
                .setOverdueEventType("uk.casehandover.police.v1.CaseFileSubmitted").setTopic(Topics.POLICE_TO_CPS)
                .setSender(Agency.POLICE).setSenderId(SampleEvents.POLICE_FORCE).setReceiver(Agency.CPS)
                .setSentAt(SampleEvents.NOW).setDueBy(SampleEvents.NOW.plusSeconds(900)).build();
    }

    @Test
    void namesEveryBadIdentifierByItsPathInTheEvent() {
        CaseFileSubmitted valid = SampleEvents.aCaseFileSubmitted().withUrn("99ZD0304208").build();
        CaseFileSubmitted file = CaseFileSubmitted.newBuilder(valid)
                .setSuspects(List.of(new Suspect("98/1234567L"), new Suspect("98/1234567M")))
                .setEvidenceManifest(List.of(valid.getEvidenceManifest().get(0), new EvidenceDocument("DOC-0002",
                        "Synthetic", DocumentType.EXHIBIT, "not-a-hash", 1L)))
                .build();

        List<Violation> violations = HandoverValidation.validate(file);

        assertThat(violations).extracting(Violation::field)
                .containsExactly("metadata.urn", "evidenceManifest[1].sha256", "suspects[1].pncId");
    }

    @Test
    void checksChargesByOffenceCodeAndSuspectPncId() {
        ChargingDecisionMade decision = ChargingDecisionMade.newBuilder(SampleEvents.aChargingDecisionMade().build())
                .setCharges(List.of(new Charge("SX03001Z", "98/1234567L"), new Charge("SX03001", "1998/1234567L")))
                .build();

        assertThat(HandoverValidation.validate(decision)).extracting(Violation::toString).containsExactly(
                "charges[0].cjsOffenceCode: character 8 is optional and must be A (attempt), B (aiding and abetting),"
                        + " C (conspiracy) or I (incitement), got Z",
                "charges[1].suspectPncId: must be YY/NNNNNNNL (2-digit year, '/', 7-digit serial, check letter),"
                        + " e.g. 98/1234567L, got 13 characters");
    }

    @Test
    void refusesAnEventTypeThatDoesNotTravelOnTheTopic() {
        SpecificRecord accepted = SampleEvents.aCaseFileAccepted().build();

        assertThat(HandoverValidation.validate(Topics.POLICE_TO_CPS, accepted)).singleElement().asString()
                .isEqualTo("eventType: uk.casehandover.cps.v1.CaseFileAccepted may not travel on handover.police-to-cps");
    }

    @Test
    void refusesAProducerThatIsNotTheTopicsSender() {
        SpecificRecord acknowledgement = SampleEvents.aHandoverAcknowledged()
                .setMetadata(SampleEvents.metadata(Agency.CPS).build()).build();

        assertThat(HandoverValidation.validate(Topics.POLICE_TO_CPS, acknowledgement)).singleElement().asString()
                .isEqualTo("metadata.producingAgency: must be POLICE, the sender on handover.police-to-cps, got CPS");
    }

    @Test
    void refusesAPoliceProducerIdThatIsNoForceCode() {
        SpecificRecord request = SampleEvents.anEarlyAdviceRequested()
                .setMetadata(SampleEvents.metadata(Agency.POLICE).setProducerId("LONDON_NORTH").build()).build();

        assertThat(HandoverValidation.validate(request)).extracting(Violation::field)
                .containsExactly("metadata.producerId");
    }

    @Test
    void refusesAnUnknownTopic() {
        assertThat(HandoverValidation.validate("handover.cps-to-isva", SampleEvents.aCaseFileAccepted().build()))
                .extracting(Violation::field).containsExactly("topic");
    }
}
