package uk.casehandover.isva.victimupdate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.casehandover.isva.victimupdate.SharingScope.DECISION_OUTCOMES;
import static uk.casehandover.isva.victimupdate.SharingScope.MILESTONES;
import static uk.casehandover.isva.victimupdate.SharingScope.NEXT_STEPS;
import static uk.casehandover.isva.victimupdate.SharingScope.SAFETY_BAIL_CONDITIONS;
import static uk.casehandover.isva.victimupdate.Story.ALL_SCOPES;
import static uk.casehandover.isva.victimupdate.Story.KEY;
import static uk.casehandover.isva.victimupdate.Story.NOW;
import static uk.casehandover.isva.victimupdate.Story.anUpdate;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsentTest {

    private final Consent never = Consent.neverGiven(KEY);

    @Test
    void refusesAnUpdateWhenConsentWasNeverGiven() {
        assertThat(never.status()).isEqualTo(ConsentStatus.NEVER_GIVEN);
        assertThat(never.consider(anUpdate().build())).isEqualTo(new UpdateDecision.Refused(RefusalReason.NO_CONSENT));
    }

    @Test
    void acceptsAnUpdateWhileConsentIsInForce() {
        Consent consent = never.given(ALL_SCOPES, NOW);
        VictimUpdate update = anUpdate().bailChanged("Not to contact the victim").build();

        assertThat(consent.status()).isEqualTo(ConsentStatus.IN_FORCE);
        assertThat(consent.consider(update)).isEqualTo(new UpdateDecision.Accepted(update));
    }

    @Test
    void refusesAnUpdateAfterTheVictimWithdrewEveryScope() {
        Consent consent = never.given(ALL_SCOPES, NOW).withdrawn(Set.of(), NOW.plusSeconds(60));

        assertThat(consent.status()).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(consent.scopes()).isEmpty();
        assertThat(consent.consider(anUpdate().build()))
                .isEqualTo(new UpdateDecision.Refused(RefusalReason.CONSENT_WITHDRAWN));
    }

    @Test
    void withdrawingTheMilestonesScopeStopsEveryUpdate() {
        Consent consent = never.given(ALL_SCOPES, NOW).withdrawn(Set.of(MILESTONES), NOW);

        assertThat(consent.scopes()).containsExactlyInAnyOrder(NEXT_STEPS, DECISION_OUTCOMES, SAFETY_BAIL_CONDITIONS);
        assertThat(consent.status()).isEqualTo(ConsentStatus.WITHDRAWN);
    }

    @Test
    void consentWithoutMilestonesLetsNothingIn() {
        Consent consent = never.given(Set.of(NEXT_STEPS), NOW);

        assertThat(consent.status()).isEqualTo(ConsentStatus.GIVEN_WITHOUT_MILESTONES);
        assertThat(consent.consider(anUpdate().build()))
                .isEqualTo(new UpdateDecision.Refused(RefusalReason.MILESTONES_NOT_CONSENTED));
    }

    @Test
    void keepsOnlyThePartsOfAnUpdateTheScopesAllow() {
        Consent consent = never.given(Set.of(MILESTONES), NOW);
        VictimUpdate update = anUpdate().decisionMade("CHARGE").build();

        VictimUpdate kept = ((UpdateDecision.Accepted) consent.consider(update)).update();

        assertThat(kept.milestone()).isEqualTo("DECISION_MADE");
        assertThat(kept.milestoneDate()).isEqualTo(update.milestoneDate());
        assertThat(kept.policeContact()).isEqualTo(update.policeContact());
        assertThat(kept.nextStep()).isNull();
        assertThat(kept.outcomeType()).isNull();
        assertThat(kept.safetyBailConditions()).isEmpty();
    }

    @Test
    void partialWithdrawalKeepsTheOtherScopes() {
        Consent consent = never.given(ALL_SCOPES, NOW).withdrawn(Set.of(SAFETY_BAIL_CONDITIONS), NOW);

        assertThat(consent.status()).isEqualTo(ConsentStatus.IN_FORCE);
        VictimUpdate kept = ((UpdateDecision.Accepted) consent.consider(
                anUpdate().bailChanged("Not to enter the synthetic street").build())).update();
        assertThat(kept.safetyBailConditions()).isEmpty();
    }

    @Test
    void theLatestConsentGivenStatesTheScopesInFull() {
        Consent consent = never.given(ALL_SCOPES, NOW).withdrawn(Set.of(), NOW).given(Set.of(MILESTONES, NEXT_STEPS), NOW);

        assertThat(consent.status()).isEqualTo(ConsentStatus.IN_FORCE);
        assertThat(consent.scopes()).containsExactlyInAnyOrder(MILESTONES, NEXT_STEPS);
        assertThat(consent.withdrawnAt()).isNull();
    }

    @Test
    void consentForOneServiceSaysNothingAboutAnUpdateForAnother() {
        Consent consent = never.given(ALL_SCOPES, NOW);

        assertThatThrownBy(() -> consent.consider(anUpdate().forService(Story.OTHER_ISVA).build()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
