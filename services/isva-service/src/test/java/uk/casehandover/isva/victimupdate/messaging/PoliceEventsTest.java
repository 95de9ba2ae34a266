package uk.casehandover.isva.victimupdate.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casehandover.schemas.fixtures.SampleEvents.aVictimConsentGiven;
import static uk.casehandover.schemas.fixtures.SampleEvents.aVictimConsentWithdrawn;
import static uk.casehandover.schemas.fixtures.SampleEvents.aVictimUpdateIssued;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.casehandover.common.v1.ChargingOutcome;
import uk.casehandover.isva.victimupdate.Consent;
import uk.casehandover.isva.victimupdate.ConsentGiven;
import uk.casehandover.isva.victimupdate.ConsentStatus;
import uk.casehandover.isva.victimupdate.ConsentWithdrawn;
import uk.casehandover.isva.victimupdate.SharingScope;
import uk.casehandover.isva.victimupdate.UpdateIssued;
import uk.casehandover.police.v1.VictimUpdateIssued;
import uk.casehandover.schemas.fixtures.SampleEvents;

class PoliceEventsTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void aScopeThisServiceDoesNotKnowGrantsNothing() {
        ConsentGiven given = PoliceEvents.consentGiven(aVictimConsentGiven()
                .setScopes(List.of(uk.casehandover.common.v1.SharingScope.UNKNOWN,
                        uk.casehandover.common.v1.SharingScope.MILESTONES))
                .build());

        assertThat(given.scopes()).containsExactly(SharingScope.MILESTONES);
        assertThat(given.key().isvaServiceId()).isEqualTo(SampleEvents.ISVA_SERVICE);
        assertThat(given.key().urn()).isEqualTo(SampleEvents.URN);
    }

    @Test
    void aWithdrawalNamingOnlyUnknownScopesWithdrawsEverything() {
        ConsentWithdrawn withdrawn = PoliceEvents.consentWithdrawn(aVictimConsentWithdrawn()
                .setWithdrawnScopes(List.of(uk.casehandover.common.v1.SharingScope.UNKNOWN))
                .build());
        Consent consent = Consent.neverGiven(withdrawn.key())
                .given(Set.of(SharingScope.values()), RECEIVED)
                .withdrawn(withdrawn.withdrawnScopes(), RECEIVED);

        assertThat(consent.status()).isEqualTo(ConsentStatus.WITHDRAWN);
    }

    @Test
    void anUpdateKeepsTheEventIdAsItsIdAndOnlyTheMinimisedFields() {
        VictimUpdateIssued event = aVictimUpdateIssued().forDecision(ChargingOutcome.NFA_EVIDENTIAL).build();

        UpdateIssued issued = PoliceEvents.updateIssued(event, Clock.fixed(RECEIVED, ZoneOffset.UTC));

        assertThat(issued.update().updateId()).isEqualTo(event.getMetadata().getEventId());
        assertThat(issued.update().milestone()).isEqualTo("DECISION_MADE");
        assertThat(issued.update().outcomeType()).isEqualTo("NFA_EVIDENTIAL");
        assertThat(issued.update().nextStep()).isEqualTo(event.getNextStep());
        assertThat(issued.update().policeContact().team()).isEqualTo(event.getPoliceContact().getTeam());
        assertThat(issued.update().receivedAt()).isEqualTo(RECEIVED);
        assertThat(issued.update().acknowledged()).isFalse();
        assertThat(issued.handover().correlationId()).isEqualTo(event.getMetadata().getCorrelationId());
        assertThat(issued.handover().eventType()).isEqualTo("uk.casehandover.police.v1.VictimUpdateIssued");
    }
}
