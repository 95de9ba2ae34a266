package uk.casehandover.cps.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.casehandover.cps.casefile.Vocabulary.ActionOwner;
import uk.casehandover.cps.casefile.Vocabulary.ChargingOutcome;
import uk.casehandover.cps.casefile.Vocabulary.RejectionReason;
import uk.casehandover.cps.casefile.Vocabulary.TestType;

/** Synthetic cases in every state, and one valid attempt at every step, so tests read as stories. */
final class CaseStories {

    static final String URN = "01ZD0304208";
    static final String SUSPECT = "98/1234567L";
    static final String RAPE = "SX03001";
    static final String NOT_RAPE = "SX03010";
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    static final Actor LAWYER = new Actor("CPS-LAWYER-0001", "PROSECUTOR");
    static final UUID CONVERSATION = UUID.randomUUID();

    private CaseStories() {
    }

    static Issue issue() {
        return issueAt(NOW);
    }

    static Issue issueAt(Instant now) {
        return new Issue(UUID.randomUUID(), now, LAWYER);
    }

    static PoliceHandover.Incoming incoming(String eventType) {
        return incoming(URN, eventType);
    }

    static PoliceHandover.Incoming incoming(String urn, String eventType) {
        return new PoliceHandover.Incoming(urn, "uk.casehandover.police.v1." + eventType, new Envelope(
                UUID.randomUUID(), NOW, new Actor("OFFICER-0001", "INVESTIGATING_OFFICER"), CONVERSATION, null));
    }

    static CaseFileBuilder aFile() {
        return new CaseFileBuilder();
    }

    static PoliceHandover.CaseFileSubmission submission(CaseFile file) {
        return submission(URN, file);
    }

    static PoliceHandover.CaseFileSubmission submission(String urn, CaseFile file) {
        PoliceHandover.Incoming incoming = incoming(urn, "CaseFileSubmitted");
        CaseFile withId = new CaseFile(incoming.eventId(), file.submissionNumber(), file.receivedAt(), file.hasMg3(),
                file.documents(), file.manifestHashesVerified(), file.disclosureSchedules(), file.suspectPncIds(),
                file.offenceCodes(), file.testRequested(), file.suspectInCustody(), file.custodyExpiresAt(),
                file.bailExpiresAt(), file.vulnerableVictim(), file.enhancedRightsVictim());
        return new PoliceHandover.CaseFileSubmission(incoming, withId);
    }

    static PoliceHandover.EarlyAdviceRequest earlyAdviceRequest(String... offences) {
        return new PoliceHandover.EarlyAdviceRequest(incoming("EarlyAdviceRequested"), List.of(offences));
    }

    static PoliceHandover.ActionPlanAnswer answer(int planSequenceNumber) {
        return new PoliceHandover.ActionPlanAnswer(incoming("ActionPlanAnswered"), planSequenceNumber);
    }

    static List<ActionPlan.Item> oneItem() {
        return List.of(new ActionPlan.Item(null, "Obtain the synthetic phone download", ActionOwner.OFFICER_IN_CASE,
                TODAY.plusDays(14)));
    }

    static CpsCase caseIn(CaseState state) {
        CpsCase cpsCase = CpsCase.unknown(URN);
        switch (state) {
            case NONE -> { }
            case EARLY_ADVICE_REQUESTED -> cpsCase.receive(earlyAdviceRequest(RAPE), issue());
            case EARLY_ADVICE_GIVEN -> {
                cpsCase.receive(earlyAdviceRequest(RAPE), issue());
                cpsCase.giveEarlyAdvice("Synthetic advice", List.of(), issue());
            }
            case FILE_RECEIVED -> cpsCase.receive(submission(aFile().build()), issue());
            case REJECTED -> {
                cpsCase.receive(submission(aFile().build()), issue());
                cpsCase.reject(Set.of(RejectionReason.KEY_EVIDENCE_MISSING), "Synthetic note", issue());
            }
            case ACCEPTED -> {
                cpsCase.receive(submission(aFile().build()), issue());
                cpsCase.accept(issue());
            }
            case ACTION_PLAN_ISSUED -> {
                cpsCase = caseIn(CaseState.ACCEPTED);
                cpsCase.issueActionPlan(TODAY.plusDays(14), oneItem(), issue());
            }
            case UNDER_REVIEW -> {
                cpsCase = caseIn(CaseState.ACTION_PLAN_ISSUED);
                cpsCase.receive(answer(1), issue());
            }
            case DECIDED -> {
                cpsCase = caseIn(CaseState.ACCEPTED);
                decideToCharge(cpsCase);
            }
            case ADMINISTRATIVELY_FINALISED -> {
                cpsCase = caseIn(CaseState.ACTION_PLAN_ISSUED);
                cpsCase.finalise(null, issueAt(NOW.plus(java.time.Duration.ofDays(20))));
            }
        }
        return cpsCase;
    }

    static CpsFact decideToCharge(CpsCase cpsCase) {
        return cpsCase.decide(ChargingOutcome.CHARGE, List.of(new Decision.Charge(RAPE, SUSPECT)),
                TestType.FULL_CODE_TEST, "Synthetic rationale", issue());
    }

    /** One well-formed attempt at a step, whatever the state; days later for finalising, so only the state decides. */
    static Object attempt(CpsCase cpsCase, Step step) {
        return switch (step) {
            case RECEIVE_EARLY_ADVICE_REQUEST -> cpsCase.receive(earlyAdviceRequest(RAPE), issue());
            case GIVE_EARLY_ADVICE -> cpsCase.giveEarlyAdvice("Synthetic advice", List.of(), issue());
            case RECEIVE_FILE -> cpsCase.receive(submission(aFile().submission(9).build()), issue());
            case ACCEPT -> cpsCase.accept(issue());
            case REJECT -> cpsCase.reject(Set.of(RejectionReason.OTHER), "Synthetic note", issue());
            case ALLOCATE -> {
                cpsCase.allocate("CPS-LAWYER-0002");
                yield null;
            }
            case ISSUE_ACTION_PLAN -> cpsCase.issueActionPlan(TODAY.plusDays(14), oneItem(), issue());
            case RECEIVE_PLAN_ANSWER -> cpsCase.receive(answer(1), issue());
            case DECIDE -> decideToCharge(cpsCase);
            case FINALISE -> cpsCase.finalise(null, issueAt(NOW.plus(java.time.Duration.ofDays(60))));
            case REOPEN -> cpsCase.reopen("Synthetic reason", issue());
            case RECORD_VICTIM_TOLD -> cpsCase.receive(new PoliceHandover.VictimTold(incoming("VictimToldOfDecision"),
                    null, NOW), issue());
            case RECORD_POLICE_ACKNOWLEDGEMENT -> cpsCase.receive(new PoliceHandover.PoliceAcknowledgement(
                    incoming("HandoverAcknowledged"), UUID.randomUUID()), issue());
        };
    }

    /** A complete synthetic file: MG3, two documents with verified hashes, MG6 schedules, one suspect, a rape count. */
    static final class CaseFileBuilder {
        private int submission = 1;
        private boolean mg3 = true;
        private int documents = 2;
        private boolean hashes = true;
        private int schedules = 4;
        private List<String> offences = List.of(RAPE);
        private boolean custody;
        private Instant custodyExpires;
        private Instant bailExpires = NOW.plus(java.time.Duration.ofDays(90));

        CaseFileBuilder submission(int number) {
            submission = number;
            return this;
        }

        CaseFileBuilder withoutMg3() {
            mg3 = false;
            return this;
        }

        CaseFileBuilder withoutEvidence() {
            documents = 0;
            return this;
        }

        CaseFileBuilder withoutDisclosureSchedules() {
            schedules = 0;
            return this;
        }

        CaseFileBuilder withUnverifiedHashes() {
            hashes = false;
            return this;
        }

        CaseFileBuilder withOffences(String... codes) {
            offences = List.of(codes);
            return this;
        }

        CaseFileBuilder withSuspectInCustody() {
            custody = true;
            custodyExpires = NOW.plus(java.time.Duration.ofHours(24));
            bailExpires = null;
            return this;
        }

        CaseFile build() {
            return new CaseFile(UUID.randomUUID(), submission, NOW, mg3, documents, hashes, schedules,
                    List.of(SUSPECT), offences, TestType.FULL_CODE_TEST, custody, custodyExpires, bailExpires,
                    false, true);
        }
    }
}
