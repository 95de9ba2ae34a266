package uk.casehandover.police.casefile.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import uk.casehandover.victimdata.SealedVictimData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import uk.casehandover.police.casefile.ActionItemStatus;
import uk.casehandover.police.casefile.ActionPlan;
import uk.casehandover.police.casefile.Actor;
import uk.casehandover.police.casefile.CaseCommand;
import uk.casehandover.police.casefile.CaseFact;
import uk.casehandover.police.casefile.ChargingOutcome;
import uk.casehandover.police.casefile.ContactMethod;
import uk.casehandover.police.casefile.CpsStep;
import uk.casehandover.police.casefile.DisclosureSchedule;
import uk.casehandover.police.casefile.DocumentType;
import uk.casehandover.police.casefile.EvidenceDocument;
import uk.casehandover.police.casefile.Offence;
import uk.casehandover.police.casefile.PoliceCase;
import uk.casehandover.police.casefile.PoliceContact;
import uk.casehandover.police.casefile.Received;
import uk.casehandover.police.casefile.SharingScope;
import uk.casehandover.police.casefile.Stamper;
import uk.casehandover.police.casefile.TestType;
import uk.casehandover.police.casefile.VictimMilestone;
import uk.casehandover.schemas.HandoverValidation;

/** Every fact the police hand over becomes an event the contract accepts on its topic; every domain symbol maps. */
class OutgoingAvroTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Actor OFFICER = new Actor("PC-0001", Actor.Role.INVESTIGATING_OFFICER);

    @ParameterizedTest
    @MethodSource("everyFact")
    void everyFactIsAConformingEventOnItsTopic(CaseFact fact) {
        SpecificRecord event = OutgoingAvro.toAvro(fact);

        assertThat(HandoverValidation.validate(OutgoingAvro.topic(fact), event)).isEmpty();
        assertThat(event.getSchema().getName()).isEqualTo(fact.getClass().getSimpleName());
    }

    @Test
    void theVictimTravelsByIdWithEachPersonalDataFieldAsItsCiphertextOnly() {
        var victim = OutgoingAvro.victim("VICTIM-0001",
                new SealedVictimData("vk-synthetic", new byte[] {1}, null, new byte[] {3}, new byte[] {4}));

        assertThat(victim.getVictimId()).isEqualTo("VICTIM-0001");
        assertThat(victim.getPersonalData()).isNull();
        assertThat(victim.getName().getKeyId()).isEqualTo("vk-synthetic");
        assertThat(victim.getName().getCiphertext().array()).containsExactly(1);
        assertThat(victim.getDateOfBirth()).isNull();
        assertThat(victim.getContactDetails().getCiphertext().array()).containsExactly(3);
        assertThat(victim.getCommunicationPreferences().getCiphertext().array()).containsExactly(4);
        var withoutDetails = OutgoingAvro.victim("VICTIM-0002", null);
        assertThat(withoutDetails.getName()).isNull();
        assertThat(withoutDetails.getContactDetails()).isNull();
    }

    @Test
    void everyDomainSymbolHasAnAvroSymbol() {
        assertThatCode(() -> {
            map(TestType.values(), uk.casehandover.common.v1.TestType.class);
            map(ChargingOutcome.values(), uk.casehandover.common.v1.ChargingOutcome.class);
            map(DocumentType.values(), uk.casehandover.common.v1.DocumentType.class);
            map(SharingScope.values(), uk.casehandover.common.v1.SharingScope.class);
            map(DisclosureSchedule.values(), uk.casehandover.police.v1.DisclosureSchedule.class);
            map(ContactMethod.values(), uk.casehandover.police.v1.ContactMethod.class);
            map(ActionItemStatus.values(), uk.casehandover.police.v1.ActionItemStatus.class);
            map(VictimMilestone.values(), uk.casehandover.police.v1.VictimMilestone.class);
            map(Actor.Role.values(), uk.casehandover.common.v1.ActorRole.class);
            map(uk.casehandover.cps.v1.ActionOwner.values(), ActionPlan.Owner.class);
        }).doesNotThrowAnyException();
    }

    static Stream<CaseFact> everyFact() {
        Stamper stamper = new Stamper(Clock.fixed(NOW, ZoneOffset.UTC), UUID::randomUUID);
        PoliceCase c = PoliceCase.open(new CaseCommand.OpenCase("01ZD0304208",
                List.of(new Offence("SX03001", "Synthetic", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-02"))),
                List.of("98/1234567L"), "VICTIM-0001", true, new PoliceContact("Team", "01000 000000", "t@example.org"),
                new SealedVictimData("vk-synthetic", new byte[] {1}, null, new byte[] {3}, new byte[] {4})),
                NOW);
        Stream.Builder<CaseFact> facts = Stream.builder();
        c.giveConsent(new CaseCommand.GiveConsent("ISVA-SVC-0001", EnumSet.allOf(SharingScope.class)), OFFICER, stamper)
                .forEach(facts::add);
        c.requestEarlyAdvice(new CaseCommand.RequestEarlyAdvice("s", List.of("l"), "a", List.of("q")), OFFICER, stamper)
                .forEach(facts::add);
        c.submitCaseFile(new CaseCommand.SubmitCaseFile("mg3", "summary", List.of(new EvidenceDocument("D1", "t",
                DocumentType.EXHIBIT, "a".repeat(64), 1)), List.of(DisclosureSchedule.MG6C), TestType.THRESHOLD_TEST,
                NOW.plusSeconds(3600), null, true, true), OFFICER, stamper).forEach(facts::add);
        UUID file = c.snapshot().currentSubmissionEventId();
        c.receive(new CpsStep.CaseFileAccepted(received(), file, LocalDate.parse("2026-03-30")), stamper)
                .forEach(facts::add);
        c.receive(new CpsStep.ActionPlanIssued(received(), 1, LocalDate.parse("2026-03-20"), false, List.of(
                new ActionPlan.Item("I1", "d", ActionPlan.Owner.OFFICER_IN_CASE, LocalDate.parse("2026-03-20")))), stamper);
        c.answerActionPlan(new CaseCommand.AnswerActionPlan(1, List.of(new CaseCommand.ItemResponse("I1",
                ActionItemStatus.COMPLETED, "r", List.of()))), OFFICER, stamper).forEach(facts::add);
        c.receive(new CpsStep.ChargingDecisionMade(received(), ChargingOutcome.NFA_PUBLIC_INTEREST, null, null), stamper);
        c.recordVictimTold(new CaseCommand.RecordVictimTold(NOW, ContactMethod.THROUGH_ISVA), OFFICER, stamper)
                .forEach(facts::add);
        c.recordBailChange(new CaseCommand.RecordBailChange(null, NOW, List.of("Not to contact the victim")), OFFICER,
                stamper).forEach(facts::add);
        c.withdrawConsent(new CaseCommand.WithdrawConsent(Set.of()), OFFICER, stamper).forEach(facts::add);
        return facts.build();
    }

    private static Received received() {
        return new Received(UUID.randomUUID(), "uk.casehandover.cps.v1.Step", NOW, "01ZD0304208", UUID.randomUUID());
    }

    private static <E extends Enum<E>> void map(Enum<?>[] from, Class<E> to) {
        Arrays.stream(from).forEach(symbol -> Enum.valueOf(to, symbol.name()));
    }
}
