package uk.casehandover.cps.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.casehandover.cps.casefile.CaseStories.NOT_RAPE;
import static uk.casehandover.cps.casefile.CaseStories.NOW;
import static uk.casehandover.cps.casefile.CaseStories.RAPE;
import static uk.casehandover.cps.casefile.CaseStories.SUSPECT;
import static uk.casehandover.cps.casefile.CaseStories.TODAY;
import static uk.casehandover.cps.casefile.CaseStories.aFile;
import static uk.casehandover.cps.casefile.CaseStories.answer;
import static uk.casehandover.cps.casefile.CaseStories.attempt;
import static uk.casehandover.cps.casefile.CaseStories.caseIn;
import static uk.casehandover.cps.casefile.CaseStories.earlyAdviceRequest;
import static uk.casehandover.cps.casefile.CaseStories.issue;
import static uk.casehandover.cps.casefile.CaseStories.issueAt;
import static uk.casehandover.cps.casefile.CaseStories.oneItem;
import static uk.casehandover.cps.casefile.CaseStories.submission;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.casehandover.cps.casefile.Vocabulary.ChargingOutcome;
import uk.casehandover.cps.casefile.Vocabulary.RejectionReason;
import uk.casehandover.cps.casefile.Vocabulary.TestType;

class CpsCaseTest {

    static Stream<Arguments> illegalSteps() {
        return Stream.of(CaseState.values()).flatMap(state -> Stream.of(Step.values())
                .filter(step -> !state.allows(step)).map(step -> Arguments.of(state, step)));
    }

    static Stream<Arguments> legalSteps() {
        return Stream.of(CaseState.values()).flatMap(state -> Stream.of(Step.values())
                .filter(state::allows).map(step -> Arguments.of(state, step)));
    }

    @ParameterizedTest(name = "a case {0} refuses to {1}")
    @MethodSource("illegalSteps")
    void refusesEveryStepItsStateDoesNotAllowNamingTheStateAndTheStep(CaseState state, Step step) {
        CpsCase cpsCase = caseIn(state);

        assertThatThrownBy(() -> attempt(cpsCase, step))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("is " + state)
                .hasMessageContaining(step.description());
        assertThat(cpsCase.state()).isEqualTo(state);
    }

    @ParameterizedTest(name = "a case {0} may {1}")
    @MethodSource("legalSteps")
    void takesEveryStepItsStateAllows(CaseState state, Step step) {
        CpsCase cpsCase = caseIn(state);

        attempt(cpsCase, step);
    }

    @Test
    void acknowledgesAFileOnReceiptCountingDocumentsAndTheHashCheck() {
        CpsCase cpsCase = CpsCase.unknown(CaseStories.URN);
        PoliceHandover.CaseFileSubmission file = submission(aFile().withUnverifiedHashes().build());

        CpsFact receipt = cpsCase.receive(file, issue()).orElseThrow();

        assertThat(cpsCase.state()).isEqualTo(CaseState.FILE_RECEIVED);
        assertThat(receipt).isEqualTo(new CpsFact.CaseFileReceiptAcknowledged(receipt.envelope(),
                file.incoming().eventId(), 2, false));
        assertThat(receipt.envelope().causationId()).isEqualTo(file.incoming().eventId());
        assertThat(receipt.envelope().correlationId()).isEqualTo(CaseStories.CONVERSATION);
    }

    @Test
    void acknowledgesAnEarlyAdviceRequestAndAnswersItOnceAdviceIsGiven() {
        CpsCase cpsCase = CpsCase.unknown(CaseStories.URN);
        PoliceHandover.EarlyAdviceRequest request = earlyAdviceRequest(NOT_RAPE);

        CpsFact ack = cpsCase.receive(request, issue()).orElseThrow();
        CpsFact advice = cpsCase.giveEarlyAdvice("Synthetic advice", List.of("Synthetic enquiry"), issue());

        assertThat(ack).isInstanceOf(CpsFact.HandoverAcknowledged.class);
        assertThat(((CpsFact.HandoverAcknowledged) ack).acknowledgedEventId()).isEqualTo(request.incoming().eventId());
        assertThat(((CpsFact.EarlyAdviceGiven) advice).requestEventId()).isEqualTo(request.incoming().eventId());
        assertThat(advice.envelope().causationId()).isEqualTo(request.incoming().eventId());
        assertThat(cpsCase.state()).isEqualTo(CaseState.EARLY_ADVICE_GIVEN);
    }

    @Test
    void acceptsACompleteFileWithADecisionDueIn28Days() {
        CpsCase cpsCase = caseIn(CaseState.FILE_RECEIVED);

        CpsFact accepted = cpsCase.accept(issue());

        assertThat(((CpsFact.CaseFileAccepted) accepted).decisionDueOn()).isEqualTo(TODAY.plusDays(28));
        assertThat(cpsCase.state()).isEqualTo(CaseState.ACCEPTED);
    }

    @Test
    void refusesToAcceptAFileBelowTheFileStandardNamingEveryMissingPart() {
        CpsCase cpsCase = CpsCase.unknown(CaseStories.URN);
        cpsCase.receive(submission(aFile().withoutMg3().withoutEvidence().withoutDisclosureSchedules().build()), issue());

        assertThat(cpsCase.fileStandardFailures()).containsExactly(RejectionReason.NO_MG3,
                RejectionReason.NO_EVIDENCE_MANIFEST, RejectionReason.NO_DISCLOSURE_SCHEDULE);
        assertThatThrownBy(() -> cpsCase.accept(issue()))
                .isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("NO_MG3").hasMessageContaining("NO_EVIDENCE_MANIFEST")
                .hasMessageContaining("NO_DISCLOSURE_SCHEDULE");
        assertThat(cpsCase.state()).isEqualTo(CaseState.FILE_RECEIVED);
    }

    @Test
    void rejectsForTheLawyersReasonsAndEveryFileStandardFailure() {
        CpsCase cpsCase = CpsCase.unknown(CaseStories.URN);
        cpsCase.receive(submission(aFile().withoutMg3().build()), issue());

        CpsFact rejected = cpsCase.reject(Set.of(RejectionReason.WRONG_TEST_REQUESTED), "Synthetic note", issue());

        assertThat(((CpsFact.CaseFileRejected) rejected).reasons())
                .containsExactly(RejectionReason.NO_MG3, RejectionReason.WRONG_TEST_REQUESTED);
        assertThat(cpsCase.state()).isEqualTo(CaseState.REJECTED);
    }

    @Test
    void refusesARejectionWithoutAReasonOrNote() {
        CpsCase cpsCase = caseIn(CaseState.FILE_RECEIVED);

        assertThatThrownBy(() -> cpsCase.reject(Set.of(), " ", issue()))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("reasons", "note"));
    }

    @Test
    void aResubmissionReturnsARejectedCaseToFileReceivedAndCanThenBeAccepted() {
        CpsCase cpsCase = caseIn(CaseState.REJECTED);

        cpsCase.receive(submission(aFile().submission(2).build()), issue());
        cpsCase.accept(issue());

        assertThat(cpsCase.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(cpsCase.file().orElseThrow().submissionNumber()).isEqualTo(2);
    }

    @Test
    void refusesAResubmissionThatIsNotNewerThanTheLastFile() {
        CpsCase cpsCase = caseIn(CaseState.REJECTED);

        assertThatThrownBy(() -> cpsCase.receive(submission(aFile().submission(1).build()), issue()))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("submission 1");
    }

    @Test
    void aSecondActionPlanInARapeCaseNeedsADistrictCrownProsecutorsReview() {
        CpsCase cpsCase = caseIn(CaseState.UNDER_REVIEW);

        CpsFact second = cpsCase.issueActionPlan(TODAY.plusDays(14), oneItem(), issue());

        ActionPlan plan = ((CpsFact.ActionPlanIssued) second).plan();
        assertThat(plan.sequenceNumber()).isEqualTo(2);
        assertThat(plan.requiresDcpReview()).isTrue();
        assertThat(plan.items()).extracting(ActionPlan.Item::itemId).containsExactly("AP2-1");
        assertThat(cpsCase.plans().get(0).requiresDcpReview()).isFalse();
    }

    @Test
    void aSecondActionPlanInACaseWithoutARapeOffenceNeedsNoDcpReview() {
        CpsCase cpsCase = CpsCase.unknown(CaseStories.URN);
        cpsCase.receive(submission(aFile().withOffences(NOT_RAPE).build()), issue());
        cpsCase.accept(issue());
        cpsCase.issueActionPlan(TODAY.plusDays(14), oneItem(), issue());
        cpsCase.receive(answer(1), issue());

        CpsFact second = cpsCase.issueActionPlan(TODAY.plusDays(14), oneItem(), issue());

        assertThat(((CpsFact.ActionPlanIssued) second).plan().requiresDcpReview()).isFalse();
    }

    @Test
    void aRapeCaseIsOneWithAnyRapeCodeWhateverItsSuffix() {
        assertThat(RapeOffences.anyIn(List.of(NOT_RAPE, "SX03001A"))).isTrue();
        assertThat(RapeOffences.anyIn(List.of(NOT_RAPE))).isFalse();
    }

    @Test
    void refusesAnActionPlanDueInThePastOrWithoutItems() {
        CpsCase cpsCase = caseIn(CaseState.ACCEPTED);

        assertThatThrownBy(() -> cpsCase.issueActionPlan(TODAY.minusDays(1), List.of(), issue()))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("dueOn", "items"));
    }

    @Test
    void anAnswerToTheOpenPlanSendsTheCaseBackForReview() {
        CpsCase cpsCase = caseIn(CaseState.ACTION_PLAN_ISSUED);
        PoliceHandover.ActionPlanAnswer answer = answer(1);

        CpsFact ack = cpsCase.receive(answer, issue()).orElseThrow();

        assertThat(cpsCase.state()).isEqualTo(CaseState.UNDER_REVIEW);
        assertThat(ack.envelope().causationId()).isEqualTo(answer.incoming().eventId());
        assertThat(cpsCase.openPlan()).isEmpty();
    }

    @Test
    void refusesAnAnswerToAnActionPlanThatDoesNotExist() {
        CpsCase cpsCase = caseIn(CaseState.ACTION_PLAN_ISSUED);

        assertThatThrownBy(() -> cpsCase.receive(answer(2), issue()))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("action plan 2 is not open");
    }

    @Test
    void refusesADecisionWhileAnActionPlanIsOpen() {
        assertThatThrownBy(() -> CaseStories.decideToCharge(caseIn(CaseState.ACTION_PLAN_ISSUED)))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("is ACTION_PLAN_ISSUED");
    }

    @Test
    void refusesADecisionOnARejectedFileAndASecondAccept() {
        assertThatThrownBy(() -> CaseStories.decideToCharge(caseIn(CaseState.REJECTED)))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("is REJECTED");
        assertThatThrownBy(() -> caseIn(CaseState.ACCEPTED).accept(issue()))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("is ACCEPTED");
    }

    @Test
    void chargesOnlySuspectsOfTheFileWithValidCodesAndTheTestApplied() {
        CpsCase cpsCase = caseIn(CaseState.ACCEPTED);

        assertThatThrownBy(() -> cpsCase.decide(ChargingOutcome.CHARGE, List.of(
                new Decision.Charge("SX3001", SUSPECT), new Decision.Charge(RAPE, "99/7654321Z")), null,
                "Synthetic rationale", issue()))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("testApplied", "charges[0].cjsOffenceCode",
                                "charges[1].suspectPncId"));
        assertThat(cpsCase.state()).isEqualTo(CaseState.ACCEPTED);
    }

    @Test
    void aChargeIsDecidedAnsweringTheLatestPoliceEvent() {
        CpsCase cpsCase = caseIn(CaseState.UNDER_REVIEW);

        CpsFact decided = CaseStories.decideToCharge(cpsCase);

        Decision decision = ((CpsFact.ChargingDecisionMade) decided).decision();
        assertThat(decision.outcome()).isEqualTo(ChargingOutcome.CHARGE);
        assertThat(decision.victimRightToReviewDeadline()).isNull();
        assertThat(decided.envelope().causationId()).isEqualTo(cpsCase.plans().get(0).answerEventId());
        assertThat(cpsCase.state()).isEqualTo(CaseState.DECIDED);
    }

    @Test
    void noFurtherActionOpensTheVictimsRightToReviewForThreeMonths() {
        CpsCase cpsCase = caseIn(CaseState.ACCEPTED);

        CpsFact decided = cpsCase.decide(ChargingOutcome.NFA_EVIDENTIAL, List.of(), TestType.FULL_CODE_TEST,
                "Synthetic rationale", issue());

        assertThat(((CpsFact.ChargingDecisionMade) decided).decision().victimRightToReviewDeadline())
                .isEqualTo(TODAY.plusMonths(3));
    }

    @Test
    void refusesChargesWithANoFurtherActionOrOutOfCourtDecision() {
        assertThatThrownBy(() -> caseIn(CaseState.ACCEPTED).decide(ChargingOutcome.OUT_OF_COURT_DISPOSAL,
                List.of(new Decision.Charge(RAPE, SUSPECT)), null, "Synthetic rationale", issue()))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("charges"));
    }

    @Test
    void refusesToFinaliseBeforeThePlanIsOverdueNamingItsDueDate() {
        CpsCase cpsCase = caseIn(CaseState.ACTION_PLAN_ISSUED);

        assertThatThrownBy(() -> cpsCase.finalise(null, issueAt(NOW.plus(Duration.ofDays(14)))))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("due on " + TODAY.plusDays(14));
    }

    @Test
    void finalisesAnOverduePlanAndReopensToWaitForIt() {
        CpsCase cpsCase = caseIn(CaseState.ACTION_PLAN_ISSUED);

        CpsFact finalised = cpsCase.finalise("Synthetic note", issueAt(NOW.plus(Duration.ofDays(15))));
        CpsFact reopened = cpsCase.reopen("Synthetic reason", issue());

        assertThat(((CpsFact.CaseAdministrativelyFinalised) finalised).planSequenceNumber()).isEqualTo(1);
        assertThat(((CpsFact.CaseReopened) reopened).finalisationEventId()).isEqualTo(finalised.envelope().eventId());
        assertThat(cpsCase.state()).isEqualTo(CaseState.ACTION_PLAN_ISSUED);
    }

    @Test
    void aLateAnswerToAFinalisedCaseIsRecordedAndReopeningGoesStraightToReview() {
        CpsCase cpsCase = caseIn(CaseState.ADMINISTRATIVELY_FINALISED);

        cpsCase.receive(answer(1), issue());
        assertThat(cpsCase.state()).isEqualTo(CaseState.ADMINISTRATIVELY_FINALISED);
        cpsCase.reopen("Synthetic reason: the answer arrived late", issue());

        assertThat(cpsCase.state()).isEqualTo(CaseState.UNDER_REVIEW);
    }

    @Test
    void recordsThatTheVictimWasToldOnlyOfTheDecisionCpsMade() {
        CpsCase cpsCase = caseIn(CaseState.DECIDED);
        UUID decision = cpsCase.snapshot().decision().eventId();

        cpsCase.receive(new PoliceHandover.VictimTold(CaseStories.incoming("VictimToldOfDecision"), decision, NOW),
                issue());

        assertThat(cpsCase.snapshot().victimToldAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> cpsCase.receive(new PoliceHandover.VictimTold(
                CaseStories.incoming("VictimToldOfDecision"), UUID.randomUUID(), NOW), issue()))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("not a CPS decision");
    }

    @Test
    void anAcknowledgementIsNeverAcknowledged() {
        CpsCase cpsCase = caseIn(CaseState.ACCEPTED);

        assertThat(cpsCase.receive(new PoliceHandover.PoliceAcknowledgement(
                CaseStories.incoming("HandoverAcknowledged"), UUID.randomUUID()), issue())).isEmpty();
    }

    @Test
    void survivesASnapshotRoundTrip() {
        CpsCase cpsCase = caseIn(CaseState.UNDER_REVIEW);

        assertThat(CpsCase.restore(cpsCase.snapshot()).snapshot()).isEqualTo(cpsCase.snapshot());
    }
}
