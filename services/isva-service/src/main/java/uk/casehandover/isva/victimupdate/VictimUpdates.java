package uk.casehandover.isva.victimupdate;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The ISVA service's side of the consented victim feed. Rules:
 * <ul>
 *   <li>Consent and its withdrawal are kept per case, victim and ISVA service; after every change the updates kept
 *       conform to the consent now in force: none when it is not in force (withdrawal purges them), and only the
 *       parts the remaining scopes allow otherwise.</li>
 *   <li>An issued update is kept only while consent in force covers its victim, case and service; otherwise only the
 *       refusal is recorded, without content, and the update is not acknowledged, so that the police's
 *       unacknowledged-handover alarm brings a person to look.</li>
 *   <li>Every consent event, and every update kept, is acknowledged to the police in the same transaction.</li>
 *   <li>An ISVA person acknowledges an update once; an ISVA service sees only its own updates.</li>
 * </ul>
 * Callers provide the transaction.
 */
public class VictimUpdates {

    private final Consents consents;
    private final VictimUpdateStore updates;
    private final Refusals refusals;
    private final IsvaHandovers handovers;
    private final Clock clock;

    public VictimUpdates(Consents consents, VictimUpdateStore updates, Refusals refusals, IsvaHandovers handovers,
            Clock clock) {
        this.consents = consents;
        this.updates = updates;
        this.refusals = refusals;
        this.handovers = handovers;
        this.clock = clock;
    }

    public Consent consentGiven(ConsentGiven given) {
        Consent consent = consentOf(given.key()).given(given.scopes(), given.handover().occurredAt());
        changeConsent(consent);
        handovers.receiptAcknowledged(given.handover(), given.isvaServiceId());
        return consent;
    }

    public Consent consentWithdrawn(ConsentWithdrawn withdrawn) {
        Consent consent = consentOf(withdrawn.key()).withdrawn(withdrawn.withdrawnScopes(),
                withdrawn.handover().occurredAt());
        changeConsent(consent);
        handovers.receiptAcknowledged(withdrawn.handover(), withdrawn.isvaServiceId());
        return consent;
    }

    public UpdateDecision updateIssued(UpdateIssued issued) {
        VictimUpdate update = issued.update();
        UpdateDecision decision = consentOf(update.key()).consider(update);
        if (decision instanceof UpdateDecision.Accepted accepted) {
            updates.add(accepted.update());
            handovers.receiptAcknowledged(issued.handover(), update.key().isvaServiceId());
        } else if (decision instanceof UpdateDecision.Refused refused) {
            refusals.record(new UpdateRefusal(update.updateId(), update.key(), refused.reason(), clock.instant()));
        }
        return decision;
    }

    public List<VictimUpdate> updates(String isvaServiceId, String urn, UpdateOrder order) {
        return updates.list(isvaServiceId, urn, order);
    }

    public VictimUpdate update(String isvaServiceId, UUID updateId) {
        return updates.find(isvaServiceId, updateId).orElseThrow(() -> new UpdateNotFound(updateId));
    }

    /**
     * An ISVA person read the update: recorded once and told to the police.
     *
     * @throws UpdateNotFound when the service asking has no such update
     * @throws UpdateAlreadyAcknowledged when it was acknowledged before (nothing is sent)
     */
    public VictimUpdate acknowledge(String isvaServiceId, UUID updateId, String actorId) {
        VictimUpdate update = updates.findForChange(isvaServiceId, updateId)
                .orElseThrow(() -> new UpdateNotFound(updateId))
                .acknowledge(actorId, clock.instant(), UUID.randomUUID());
        updates.replace(update);
        handovers.updateAcknowledged(update);
        return update;
    }

    public List<Consent> consents(String isvaServiceId, String urn) {
        return consents.of(isvaServiceId, urn);
    }

    private Consent consentOf(ConsentKey key) {
        return consents.find(key).orElseGet(() -> Consent.neverGiven(key));
    }

    private void changeConsent(Consent consent) {
        consents.save(consent);
        if (!consent.inForce()) {
            updates.removeAll(consent.key());
            return;
        }
        for (VictimUpdate kept : updates.of(consent.key())) {
            VictimUpdate minimised = kept.minimisedTo(consent.scopes());
            if (!minimised.equals(kept)) {
                updates.replace(minimised);
            }
        }
    }
}
