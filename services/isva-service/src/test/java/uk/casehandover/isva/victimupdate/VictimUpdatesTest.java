package uk.casehandover.isva.victimupdate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.casehandover.isva.victimupdate.SharingScope.MILESTONES;
import static uk.casehandover.isva.victimupdate.SharingScope.SAFETY_BAIL_CONDITIONS;
import static uk.casehandover.isva.victimupdate.Story.ALL_SCOPES;
import static uk.casehandover.isva.victimupdate.Story.ISVA;
import static uk.casehandover.isva.victimupdate.Story.KEY;
import static uk.casehandover.isva.victimupdate.Story.NOW;
import static uk.casehandover.isva.victimupdate.Story.OTHER_ISVA;
import static uk.casehandover.isva.victimupdate.Story.anUpdate;
import static uk.casehandover.isva.victimupdate.Story.consentGiven;
import static uk.casehandover.isva.victimupdate.Story.consentWithdrawn;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VictimUpdatesTest {

    private final InMemory.ConsentsInMemory consents = new InMemory.ConsentsInMemory();
    private final InMemory.UpdatesInMemory updates = new InMemory.UpdatesInMemory();
    private final InMemory.RefusalsInMemory refusals = new InMemory.RefusalsInMemory();
    private final InMemory.HandoversInMemory police = new InMemory.HandoversInMemory();
    private final VictimUpdates isva = new VictimUpdates(consents, updates, refusals, police,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void keepsAndAcknowledgesAnUpdateForAConsentingVictim() {
        ConsentGiven consent = consentGiven(ALL_SCOPES);
        isva.consentGiven(consent);

        UpdateIssued issued = anUpdate().issued();
        isva.updateIssued(issued);

        assertThat(isva.updates(ISVA, null, UpdateOrder.NEWEST_FIRST)).containsExactly(issued.update());
        assertThat(police.receiptsAcknowledged).containsExactly(consent.handover().eventId(), issued.update().updateId());
    }

    @Test
    void refusesAnUpdateWithoutConsentRecordingOnlyTheFactAndAcknowledgingNothing() {
        UpdateIssued issued = anUpdate().issued();

        UpdateDecision decision = isva.updateIssued(issued);

        assertThat(decision).isEqualTo(new UpdateDecision.Refused(RefusalReason.NO_CONSENT));
        assertThat(updates.byId).isEmpty();
        assertThat(refusals.recorded).containsExactly(
                new UpdateRefusal(issued.update().updateId(), KEY, RefusalReason.NO_CONSENT, NOW));
        assertThat(police.receiptsAcknowledged).isEmpty();
    }

    @Test
    void withdrawalPurgesTheUpdatesKeptAndRefusesLaterOnes() {
        isva.consentGiven(consentGiven(ALL_SCOPES));
        isva.updateIssued(anUpdate().issued());
        ConsentWithdrawn withdrawal = consentWithdrawn(Set.of());

        isva.consentWithdrawn(withdrawal);
        UpdateDecision later = isva.updateIssued(anUpdate().decisionMade("CHARGE").issued());

        assertThat(updates.byId).isEmpty();
        assertThat(later).isEqualTo(new UpdateDecision.Refused(RefusalReason.CONSENT_WITHDRAWN));
        assertThat(police.receiptsAcknowledged).contains(withdrawal.handover().eventId());
    }

    @Test
    void partialWithdrawalRemovesOnlyTheWithdrawnPartsOfKeptUpdates() {
        isva.consentGiven(consentGiven(ALL_SCOPES));
        UpdateIssued bail = anUpdate().bailChanged("Not to contact the victim").issued();
        isva.updateIssued(bail);

        isva.consentWithdrawn(consentWithdrawn(Set.of(SAFETY_BAIL_CONDITIONS)));

        VictimUpdate kept = isva.update(ISVA, bail.update().updateId());
        assertThat(kept.milestone()).isEqualTo("BAIL_CHANGED");
        assertThat(kept.safetyBailConditions()).isEmpty();
    }

    @Test
    void aNarrowerConsentGivenLaterAlsoNarrowsTheUpdatesKept() {
        isva.consentGiven(consentGiven(ALL_SCOPES));
        UpdateIssued decision = anUpdate().decisionMade("NFA_EVIDENTIAL").issued();
        isva.updateIssued(decision);

        isva.consentGiven(consentGiven(Set.of(MILESTONES)));

        VictimUpdate kept = isva.update(ISVA, decision.update().updateId());
        assertThat(kept.outcomeType()).isNull();
        assertThat(kept.nextStep()).isNull();
    }

    @Test
    void acknowledgesAnUpdateOnceAndTellsThePolice() {
        isva.consentGiven(consentGiven(ALL_SCOPES));
        UpdateIssued issued = anUpdate().issued();
        isva.updateIssued(issued);

        VictimUpdate read = isva.acknowledge(ISVA, issued.update().updateId(), "ISVA-0001");

        assertThat(read.acknowledgement().actorId()).isEqualTo("ISVA-0001");
        assertThat(read.acknowledgement().at()).isEqualTo(NOW);
        assertThat(police.updatesAcknowledged).containsExactly(read);
        assertThatThrownBy(() -> isva.acknowledge(ISVA, issued.update().updateId(), "ISVA-0002"))
                .isInstanceOf(UpdateAlreadyAcknowledged.class).hasMessageContaining("already acknowledged");
        assertThat(police.updatesAcknowledged).hasSize(1);
    }

    @Test
    void anotherIsvaServiceCannotSeeOrAcknowledgeTheUpdate() {
        isva.consentGiven(consentGiven(ALL_SCOPES));
        UpdateIssued issued = anUpdate().issued();
        isva.updateIssued(issued);

        assertThat(isva.updates(OTHER_ISVA, null, UpdateOrder.NEWEST_FIRST)).isEmpty();
        assertThatThrownBy(() -> isva.update(OTHER_ISVA, issued.update().updateId())).isInstanceOf(UpdateNotFound.class);
        assertThatThrownBy(() -> isva.acknowledge(OTHER_ISVA, issued.update().updateId(), "ISVA-0009"))
                .isInstanceOf(UpdateNotFound.class);
        assertThat(police.updatesAcknowledged).isEmpty();
    }

    @Test
    void consentGivenToOneServiceLetsNothingInForAnother() {
        isva.consentGiven(consentGiven(ALL_SCOPES));

        UpdateDecision decision = isva.updateIssued(anUpdate().forService(OTHER_ISVA).issued());

        assertThat(decision).isEqualTo(new UpdateDecision.Refused(RefusalReason.NO_CONSENT));
        assertThat(isva.updates(OTHER_ISVA, null, UpdateOrder.NEWEST_FIRST)).isEmpty();
    }
}
