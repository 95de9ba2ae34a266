package uk.casehandover.police.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Fixtures that read as a story: {@code ACase.opened().withConsent().withFileSubmitted()...}. All data synthetic. */
final class ACase {

    static final String URN = "01ZD0304208";
    static final String VICTIM = "VICTIM-0001";
    static final String ISVA = "ISVA-SVC-0001";
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Actor OFFICER = new Actor("PC-0001", Actor.Role.INVESTIGATING_OFFICER);

    final Stamper stamper;
    final PoliceCase policeCase;
    List<CaseFact> lastFacts = List.of();
    private final AtomicLong ids;

    private ACase(PoliceCase policeCase, Stamper stamper, AtomicLong ids) {
        this.policeCase = policeCase;
        this.stamper = stamper;
        this.ids = ids;
    }

    static ACase opened() {
        AtomicLong ids = new AtomicLong();
        Stamper stamper = new Stamper(Clock.fixed(NOW, ZoneOffset.UTC), () -> new UUID(0, ids.incrementAndGet()));
        PoliceCase policeCase = PoliceCase.open(new CaseCommand.OpenCase(URN,
                List.of(new Offence("SX03001", "Rape of a woman 16 years of age or over", null, null)),
                List.of("98/1234567L"), VICTIM, true, new PoliceContact("Synthetic RASSO Team", "01000 000000", null),
                null),
                NOW);
        return new ACase(policeCase, stamper, ids);
    }

    static CaseCommand.SubmitCaseFile aFile() {
        return new CaseCommand.SubmitCaseFile("MG3 summary (synthetic)", "Case summary (synthetic)",
                List.of(new EvidenceDocument("DOC-1", "Statement", DocumentType.WITNESS_STATEMENT, "a".repeat(64), 10)),
                List.of(DisclosureSchedule.MG6C), TestType.FULL_CODE_TEST, null, null, false, true);
    }

    ACase withConsent(SharingScope... scopes) {
        Set<SharingScope> given = scopes.length == 0 ? EnumSet.allOf(SharingScope.class) : Set.of(scopes);
        lastFacts = policeCase.giveConsent(new CaseCommand.GiveConsent(ISVA, given), OFFICER, stamper);
        return this;
    }

    ACase withConsentWithdrawn() {
        lastFacts = policeCase.withdrawConsent(new CaseCommand.WithdrawConsent(Set.of()), OFFICER, stamper);
        return this;
    }

    ACase withEarlyAdviceRequested() {
        lastFacts = policeCase.requestEarlyAdvice(new CaseCommand.RequestEarlyAdvice("summary", List.of("enquiry"),
                null, List.of("question")), OFFICER, stamper);
        return this;
    }

    ACase withFileSubmitted() {
        lastFacts = policeCase.submitCaseFile(aFile(), OFFICER, stamper);
        return this;
    }

    UUID currentFile() {
        return policeCase.snapshot().currentSubmissionEventId();
    }

    Received fromCps(String type) {
        return new Received(new UUID(1, ids.incrementAndGet()), "uk.casehandover.cps.v1." + type, NOW, URN,
                UUID.randomUUID());
    }

    ACase withReceiptAcknowledged() {
        return cps(new CpsStep.CaseFileReceiptAcknowledged(fromCps("CaseFileReceiptAcknowledged"), currentFile(), 1, true));
    }

    ACase withFileRejected() {
        return cps(new CpsStep.CaseFileRejected(fromCps("CaseFileRejected"), currentFile(), List.of("NO_MG3")));
    }

    ACase withFileAccepted() {
        return cps(new CpsStep.CaseFileAccepted(fromCps("CaseFileAccepted"), currentFile(), LocalDate.parse("2026-03-30")));
    }

    ACase withActionPlan(int sequenceNumber) {
        return cps(new CpsStep.ActionPlanIssued(fromCps("ActionPlanIssued"), sequenceNumber,
                LocalDate.parse("2026-03-20"), sequenceNumber > 1,
                List.of(new ActionPlan.Item("ITEM-1", "Obtain phone download", ActionPlan.Owner.OFFICER_IN_CASE,
                        LocalDate.parse("2026-03-20")))));
    }

    ACase withActionPlanAnswered(int sequenceNumber) {
        lastFacts = policeCase.answerActionPlan(answer(sequenceNumber), OFFICER, stamper);
        return this;
    }

    static CaseCommand.AnswerActionPlan answer(int sequenceNumber) {
        return new CaseCommand.AnswerActionPlan(sequenceNumber, List.of(new CaseCommand.ItemResponse("ITEM-1",
                ActionItemStatus.COMPLETED, "Done", List.of())));
    }

    ACase withDecision(ChargingOutcome outcome) {
        return cps(new CpsStep.ChargingDecisionMade(fromCps("ChargingDecisionMade"), outcome, TestType.FULL_CODE_TEST,
                null));
    }

    ACase withAdministrativeFinalisation() {
        return cps(new CpsStep.CaseAdministrativelyFinalised(fromCps("CaseAdministrativelyFinalised"),
                "ACTION_PLAN_UNANSWERED", 1));
    }

    ACase withVictimTold() {
        lastFacts = policeCase.recordVictimTold(new CaseCommand.RecordVictimTold(NOW, ContactMethod.IN_PERSON),
                OFFICER, stamper);
        return this;
    }

    ACase cps(CpsStep step) {
        lastFacts = policeCase.receive(step, stamper);
        return this;
    }

    <T extends CaseFact> List<T> facts(Class<T> type) {
        return lastFacts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
