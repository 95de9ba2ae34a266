package uk.casehandover.police.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casehandover.police.casefile.ACase.OFFICER;
import static uk.casehandover.police.casefile.ACase.opened;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a victim's ISVA service hears of a milestone, and what it hears: only with consent, only the minimum. */
class VictimUpdatesTest {

    @Test
    void tellsTheConsentedIsvaThatTheFileWasSubmitted() {
        ACase c = opened().withConsent().withFileSubmitted();

        var submitted = c.facts(CaseFact.CaseFileSubmitted.class).get(0);
        assertThat(c.facts(CaseFact.VictimUpdateIssued.class)).singleElement().satisfies(update -> {
            assertThat(update.milestone()).isEqualTo(VictimMilestone.FILE_SUBMITTED);
            assertThat(update.isvaServiceId()).isEqualTo(ACase.ISVA);
            assertThat(update.victimId()).isEqualTo(ACase.VICTIM);
            assertThat(update.milestoneDate()).hasToString("2026-03-02");
            assertThat(update.envelope().causationId()).isEqualTo(submitted.envelope().eventId());
            assertThat(update.envelope().correlationId()).isEqualTo(submitted.envelope().correlationId());
        });
    }

    @Test
    void tellsNoIsvaWithoutConsent() {
        ACase c = opened().withFileSubmitted();

        assertThat(c.facts(CaseFact.VictimUpdateIssued.class)).isEmpty();
    }

    @Test
    void tellsNothingMoreOnceConsentIsWithdrawn() {
        ACase c = opened().withConsent().withConsentWithdrawn().withFileSubmitted();

        assertThat(c.facts(CaseFact.VictimUpdateIssued.class)).isEmpty();
        assertThat(c.policeCase.snapshot().consent()).isNull();
    }

    @Test
    void neverTellsTheIsvaOfADecisionBeforeTheVictimIsTold() {
        ACase c = opened().withConsent().withFileSubmitted().withFileAccepted().withDecision(ChargingOutcome.CHARGE);

        assertThat(c.facts(CaseFact.VictimUpdateIssued.class)).isEmpty();

        c.withVictimTold();

        var told = c.facts(CaseFact.VictimToldOfDecision.class).get(0);
        assertThat(c.facts(CaseFact.VictimUpdateIssued.class)).singleElement().satisfies(update -> {
            assertThat(update.milestone()).isEqualTo(VictimMilestone.DECISION_MADE);
            assertThat(update.outcomeType()).isEqualTo(ChargingOutcome.CHARGE);
            assertThat(update.envelope().causationId()).isEqualTo(told.envelope().eventId());
        });
    }

    @Test
    void tellsTheIsvaWhenCpsFinalisesTheCaseAndWhenItReopensIt() {
        ACase c = opened().withConsent().withFileSubmitted().withFileAccepted().withActionPlan(1)
                .withAdministrativeFinalisation();
        assertThat(c.facts(CaseFact.VictimUpdateIssued.class)).extracting(CaseFact.VictimUpdateIssued::milestone)
                .containsExactly(VictimMilestone.ACTION_PLAN_OUTCOME);

        c.cps(new CpsStep.CaseReopened(c.fromCps("CaseReopened")));

        assertThat(c.facts(CaseFact.VictimUpdateIssued.class)).extracting(CaseFact.VictimUpdateIssued::milestone)
                .containsExactly(VictimMilestone.CASE_REOPENED);
    }

    @Test
    void aBailChangeCarriesOnlyTheSafetyConditionsTheVictimAgreedToShare() {
        ACase c = opened().withConsent(SharingScope.MILESTONES);

        var facts = c.policeCase.recordBailChange(new CaseCommand.RecordBailChange(null,
                Instant.parse("2026-06-02T00:00:00Z"), List.of("Not to contact the victim")), OFFICER, c.stamper);

        assertThat(facts).singleElement().isInstanceOfSatisfying(CaseFact.VictimUpdateIssued.class, update -> {
            assertThat(update.milestone()).isEqualTo(VictimMilestone.BAIL_CHANGED);
            assertThat(update.safetyBailConditions()).isEmpty();
            assertThat(update.nextStep()).isEqualTo(VictimUpdatePolicy.ASK_THE_TEAM);
        });
    }

    @Test
    void aBailChangeWithFullConsentCarriesTheSafetyConditions() {
        ACase c = opened().withConsent();

        var facts = c.policeCase.recordBailChange(new CaseCommand.RecordBailChange(null,
                Instant.parse("2026-06-02T00:00:00Z"), List.of("Not to contact the victim")), OFFICER, c.stamper);

        assertThat(facts).singleElement().isInstanceOfSatisfying(CaseFact.VictimUpdateIssued.class, update ->
                assertThat(update.safetyBailConditions()).containsExactly("Not to contact the victim"));
    }

    @Test
    void withoutTheMilestonesScopeNoUpdateIsIssuedAtAll() {
        ACase c = opened().withConsent(SharingScope.SAFETY_BAIL_CONDITIONS).withFileSubmitted();

        assertThat(c.facts(CaseFact.VictimUpdateIssued.class)).isEmpty();
    }
}
