package uk.casehandover.police.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.casehandover.police.casefile.ACase.OFFICER;
import static uk.casehandover.police.casefile.ACase.aFile;
import static uk.casehandover.police.casefile.ACase.opened;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The police-side lifecycle of a case, as behaviour: which steps are allowed when, and what each hands over. */
class PoliceCaseTest {

    @Nested
    class SubmittingAFile {

        @Test
        void aNewCaseCanBeSubmittedAsSubmissionOne() {
            ACase c = opened().withFileSubmitted();

            assertThat(c.policeCase.state()).isEqualTo(CaseState.FILE_SUBMITTED);
            assertThat(c.facts(CaseFact.CaseFileSubmitted.class)).singleElement()
                    .satisfies(f -> assertThat(f.submissionNumber()).isEqualTo(1))
                    .satisfies(f -> assertThat(f.envelope().correlationId()).isEqualTo(f.envelope().eventId()));
        }

        @Test
        void aFileCanBeSubmittedWhileEarlyAdviceIsAwaited() {
            ACase c = opened().withEarlyAdviceRequested().withFileSubmitted();

            assertThat(c.policeCase.state()).isEqualTo(CaseState.FILE_SUBMITTED);
        }

        @Test
        void aSecondFileCannotBeSubmittedWhileOneIsWithCps() {
            ACase c = opened().withFileSubmitted();

            assertThatThrownBy(() -> c.policeCase.submitCaseFile(aFile(), OFFICER, c.stamper))
                    .isInstanceOf(IllegalCaseStepException.class)
                    .hasMessageContaining("is FILE_SUBMITTED").hasMessageContaining("cannot submit a case file");
        }

        @Test
        void aRejectedFileCanBeResubmittedAsTheNextSubmission() {
            ACase c = opened().withFileSubmitted().withReceiptAcknowledged().withFileRejected();
            assertThat(c.policeCase.state()).isEqualTo(CaseState.REJECTED);

            c.withFileSubmitted();

            assertThat(c.facts(CaseFact.CaseFileSubmitted.class)).singleElement()
                    .satisfies(f -> assertThat(f.submissionNumber()).isEqualTo(2));
            assertThat(c.policeCase.state()).isEqualTo(CaseState.FILE_SUBMITTED);
        }

        @Test
        void anAcceptedFileCannotBeSubmittedAgain() {
            ACase c = opened().withFileSubmitted().withFileAccepted();

            assertThatThrownBy(() -> c.policeCase.submitCaseFile(aFile(), OFFICER, c.stamper))
                    .isInstanceOf(IllegalCaseStepException.class).hasMessageContaining("is ACCEPTED");
        }
    }

    @Nested
    class AnsweringCps {

        @Test
        void everyAppliedCpsStepIsAcknowledgedInTheSameConversation() {
            ACase c = opened().withFileSubmitted().withReceiptAcknowledged();

            assertThat(c.policeCase.state()).isEqualTo(CaseState.FILE_RECEIVED);
            assertThat(c.facts(CaseFact.HandoverAcknowledged.class)).singleElement().satisfies(ack -> {
                assertThat(ack.acknowledgedEventType()).endsWith("CaseFileReceiptAcknowledged");
                assertThat(ack.envelope().causationId()).isEqualTo(ack.acknowledgedEventId());
            });
        }

        @Test
        void anAcknowledgementFromCpsIsNeverAcknowledged() {
            ACase c = opened().withFileSubmitted();

            c.cps(new CpsStep.HandoverAcknowledged(c.fromCps("HandoverAcknowledged"), c.currentFile()));

            assertThat(c.lastFacts).isEmpty();
            assertThat(c.policeCase.state()).isEqualTo(CaseState.FILE_SUBMITTED);
        }

        @Test
        void aReceiptForAnOlderSubmissionIsRefused() {
            ACase c = opened().withFileSubmitted().withFileRejected().withFileSubmitted();
            var stale = new CpsStep.CaseFileReceiptAcknowledged(c.fromCps("CaseFileReceiptAcknowledged"),
                    new java.util.UUID(9, 9), 1, true);

            assertThatThrownBy(() -> c.policeCase.receive(stale, c.stamper))
                    .isInstanceOf(IllegalCaseStepException.class).hasMessageContaining("other than submission 2");
        }

        @Test
        void earlyAdviceThatNobodyAskedForIsRefused() {
            ACase c = opened();

            assertThatThrownBy(() -> c.cps(new CpsStep.EarlyAdviceGiven(c.fromCps("EarlyAdviceGiven"), null)))
                    .isInstanceOf(IllegalCaseStepException.class).hasMessageContaining("no early advice was requested");
        }

        @Test
        void earlyAdviceArrivingMovesTheCaseOnToAdviceGiven() {
            ACase c = opened().withEarlyAdviceRequested();

            c.cps(new CpsStep.EarlyAdviceGiven(c.fromCps("EarlyAdviceGiven"), null));

            assertThat(c.policeCase.state()).isEqualTo(CaseState.EARLY_ADVICE_GIVEN);
        }
    }

    @Nested
    class ActionPlans {

        @Test
        void anIssuedPlanIsOpenWithItsDueDateUntilAnswered() {
            ACase c = opened().withFileSubmitted().withFileAccepted().withActionPlan(1);

            assertThat(c.policeCase.state()).isEqualTo(CaseState.ACTION_PLAN_OPEN);
            assertThat(c.policeCase.openActionPlan()).hasValueSatisfying(plan ->
                    assertThat(plan.dueOn()).hasToString("2026-03-20"));

            c.withActionPlanAnswered(1);

            assertThat(c.policeCase.state()).isEqualTo(CaseState.AWAITING_DECISION);
            assertThat(c.policeCase.openActionPlan()).isEmpty();
            assertThat(c.facts(CaseFact.ActionPlanAnswered.class)).singleElement()
                    .satisfies(a -> assertThat(a.planSequenceNumber()).isEqualTo(1));
        }

        @Test
        void aPlanCannotBeAnsweredTwice() {
            ACase c = opened().withFileSubmitted().withFileAccepted().withActionPlan(1).withActionPlanAnswered(1);

            assertThatThrownBy(() -> c.withActionPlanAnswered(1))
                    .isInstanceOf(IllegalCaseStepException.class)
                    .hasMessageContaining("is AWAITING_DECISION").hasMessageContaining("action plan 1 is ANSWERED");
        }

        @Test
        void aPlanCpsNeverIssuedCannotBeAnswered() {
            ACase c = opened().withFileSubmitted().withFileAccepted().withActionPlan(1);

            assertThatThrownBy(() -> c.withActionPlanAnswered(2))
                    .isInstanceOf(IllegalCaseStepException.class)
                    .hasMessageContaining("is ACTION_PLAN_OPEN").hasMessageContaining("CPS issued no action plan 2");
        }

        @Test
        void anAnswerMustRespondToEveryItemOfThePlanAndNothingElse() {
            ACase c = opened().withFileSubmitted().withFileAccepted().withActionPlan(1);
            var wrong = new CaseCommand.AnswerActionPlan(1, List.of(new CaseCommand.ItemResponse("ITEM-9",
                    ActionItemStatus.COMPLETED, "Done", List.of())));

            assertThatThrownBy(() -> c.policeCase.answerActionPlan(wrong, OFFICER, c.stamper))
                    .isInstanceOfSatisfying(InvalidCaseCommandException.class, e -> assertThat(e.problems())
                            .extracting(InvalidCaseCommandException.Problem::field)
                            .containsExactly("responses[0].itemId", "responses"));
            assertThat(c.policeCase.state()).isEqualTo(CaseState.ACTION_PLAN_OPEN);
        }

        @Test
        void aSecondPlanFollowsTheAnsweredFirst() {
            ACase c = opened().withFileSubmitted().withFileAccepted().withActionPlan(1).withActionPlanAnswered(1)
                    .withActionPlan(2);

            assertThat(c.policeCase.openActionPlan()).hasValueSatisfying(plan ->
                    assertThat(plan.requiresDcpReview()).isTrue());
            assertThatThrownBy(() -> c.withActionPlan(2)).isInstanceOf(IllegalCaseStepException.class);
        }

        @Test
        void aFinalisedCaseReopensWithItsUnansweredPlanOpenAgain() {
            ACase c = opened().withFileSubmitted().withFileAccepted().withActionPlan(1).withAdministrativeFinalisation();
            assertThat(c.policeCase.state()).isEqualTo(CaseState.ADMINISTRATIVELY_FINALISED);

            c.cps(new CpsStep.CaseReopened(c.fromCps("CaseReopened")));

            assertThat(c.policeCase.state()).isEqualTo(CaseState.ACTION_PLAN_OPEN);
            c.withActionPlanAnswered(1);
            assertThat(c.policeCase.state()).isEqualTo(CaseState.AWAITING_DECISION);
        }
    }

    @Test
    void aPlanAnsweredLateAfterFinalisationWaitsForCpsToReopenTheCase() {
        ACase c = opened().withFileSubmitted().withFileAccepted().withActionPlan(1).withAdministrativeFinalisation();

        c.withActionPlanAnswered(1);

        assertThat(c.policeCase.state()).isEqualTo(CaseState.ADMINISTRATIVELY_FINALISED);
        assertThat(c.policeCase.openActionPlan()).isEmpty();
        c.cps(new CpsStep.CaseReopened(c.fromCps("CaseReopened")));
        assertThat(c.policeCase.state()).isEqualTo(CaseState.AWAITING_DECISION);
        assertThatThrownBy(() -> c.withActionPlanAnswered(1)).isInstanceOf(IllegalCaseStepException.class)
                .hasMessageContaining("action plan 1 is ANSWERED");
    }

    @Nested
    class Decisions {

        @Test
        void theVictimCannotBeToldBeforeCpsDecided() {
            ACase c = opened().withFileSubmitted().withFileAccepted();

            assertThatThrownBy(c::withVictimTold).isInstanceOf(IllegalCaseStepException.class)
                    .hasMessageContaining("is ACCEPTED")
                    .hasMessageContaining("cannot record that the victim was told of the decision");
        }

        @Test
        void aDecisionSupersedesAnOpenPlanAndTheVictimIsToldOfIt() {
            ACase c = opened().withFileSubmitted().withFileAccepted().withActionPlan(1)
                    .withDecision(ChargingOutcome.NFA_EVIDENTIAL);
            assertThat(c.policeCase.state()).isEqualTo(CaseState.DECIDED);
            assertThat(c.policeCase.openActionPlan()).isEmpty();
            var decision = c.policeCase.snapshot().decision();

            c.withVictimTold();

            assertThat(c.policeCase.state()).isEqualTo(CaseState.VICTIM_TOLD);
            assertThat(c.facts(CaseFact.VictimToldOfDecision.class)).singleElement().satisfies(told -> {
                assertThat(told.decisionEventId()).isEqualTo(decision.eventId());
                assertThat(told.envelope().correlationId()).isEqualTo(decision.correlationId());
            });
            assertThatThrownBy(c::withVictimTold).isInstanceOf(IllegalCaseStepException.class)
                    .hasMessageContaining("is VICTIM_TOLD");
        }

        @Test
        void cpsCannotDecideOnAFileItHasNotAccepted() {
            ACase c = opened().withFileSubmitted();

            assertThatThrownBy(() -> c.withDecision(ChargingOutcome.CHARGE))
                    .isInstanceOf(IllegalCaseStepException.class).hasMessageContaining("is FILE_SUBMITTED");
        }
    }

    @Nested
    class Consent {

        @Test
        void consentCannotBeGivenTwiceWithoutWithdrawal() {
            ACase c = opened().withConsent();

            assertThatThrownBy(c::withConsent).isInstanceOf(IllegalCaseStepException.class)
                    .hasMessageContaining("already stands");
        }

        @Test
        void withdrawingSomeScopesKeepsTheRest() {
            ACase c = opened().withConsent();

            c.policeCase.withdrawConsent(new CaseCommand.WithdrawConsent(Set.of(SharingScope.NEXT_STEPS)), OFFICER,
                    c.stamper);

            assertThat(c.policeCase.snapshot().consent().scopes()).doesNotContain(SharingScope.NEXT_STEPS)
                    .contains(SharingScope.MILESTONES);
        }

        @Test
        void consentThatDoesNotStandCannotBeWithdrawn() {
            assertThatThrownBy(() -> opened().withConsentWithdrawn()).isInstanceOf(IllegalCaseStepException.class)
                    .hasMessageContaining("no consent stands");
        }
    }

    @Test
    void aBailChangeIsRecordedInAnyStateAndMovesNothing() {
        ACase c = opened().withFileSubmitted();

        c.policeCase.recordBailChange(new CaseCommand.RecordBailChange(null, Instant.parse("2026-06-02T00:00:00Z"),
                List.of("Not to contact the victim")), OFFICER, c.stamper);

        assertThat(c.policeCase.state()).isEqualTo(CaseState.FILE_SUBMITTED);
        assertThat(c.policeCase.snapshot().custody().bailExpiresAt()).isEqualTo("2026-06-02T00:00:00Z");
    }
}
