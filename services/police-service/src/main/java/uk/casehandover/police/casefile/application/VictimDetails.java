package uk.casehandover.police.casefile.application;

import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import uk.casehandover.victimdata.Erasure;
import uk.casehandover.victimdata.ErasureReason;
import uk.casehandover.victimdata.SealedVictimData;
import uk.casehandover.victimdata.Unsealed;
import uk.casehandover.victimdata.VictimDataVault;
import uk.casehandover.victimdata.VictimPersonalData;

/**
 * The victim's personal details through the victim key store (platform/victim-data). Rules: details are encrypted
 * before anything is stored or sent, so the police database, the outbox and Kafka hold only ciphertext; a service
 * without a key store refuses details (nothing is stored) rather than keep them in the clear; the case view shows them
 * decrypted, or that they were erased (when and why) once the victim's key was destroyed. Nothing personal is logged.
 */
@Service
public class VictimDetails {

    private static final Logger LOG = LoggerFactory.getLogger(VictimDetails.class);

    private final ObjectProvider<VictimDataVault> vault;

    public VictimDetails(ObjectProvider<VictimDataVault> vault) {
        this.vault = vault;
    }

    /** How the case view shows the victim's details: decrypted, or erased with when and why. */
    public record View(boolean erased, Instant erasedAt, ErasureReason erasureReason, VictimPersonalData.Name name,
            java.time.LocalDate dateOfBirth, VictimPersonalData.Contact contact,
            VictimPersonalData.CommunicationPreferences communicationPreferences) {

        static View of(Unsealed unsealed) {
            if (unsealed instanceof Unsealed.Erased erased) {
                return new View(true, erased.erasedAt(), erased.reason(), null, null, null, null);
            }
            VictimPersonalData d = ((Unsealed.Readable) unsealed).data();
            return new View(false, null, null, d.name(), d.dateOfBirth(), d.contactDetails(),
                    d.communicationPreferences());
        }

        @Override
        public String toString() {
            return "VictimDetails.View[erased=" + erased + "]";
        }
    }

    /** The victim's key store is not configured (or cannot be reached): victim details cannot be kept. */
    public static class KeyStoreUnavailableException extends RuntimeException {
        public KeyStoreUnavailableException(String message) {
            super(message);
        }
    }

    /** Encrypts the details under the victim's key; null when none were given. */
    public SealedVictimData seal(String victimId, VictimPersonalData details) {
        if (details == null) {
            return null;
        }
        return requireVault().seal(victimId, details);
    }

    /** The details for the case view; null when the case holds none. */
    public View view(String victimId, SealedVictimData sealed) {
        if (sealed == null) {
            return null;
        }
        return View.of(requireVault().open(victimId, sealed));
    }

    /** Destroys the victim's key; empty when the key store never held one for the victim. */
    public Optional<Erasure> erase(String victimId, ErasureReason reason, String actorId) {
        Optional<Erasure> erasure = requireVault().erase(victimId, reason);
        erasure.ifPresentOrElse(
                e -> LOG.info("Victim {}: personal data {} by {} ({})", victimId,
                        e.firstTime() ? "erased" : "already erased", actorId, e.reason()),
                () -> LOG.info("Victim {}: erasure asked by {}, no personal data held", victimId, actorId));
        return erasure;
    }

    private VictimDataVault requireVault() {
        VictimDataVault v = vault.getIfAvailable();
        if (v == null) {
            throw new KeyStoreUnavailableException("victim details cannot be kept or read: this service has no victim "
                    + "key store configured (casehandover.victim-keys.*)");
        }
        return v;
    }
}
