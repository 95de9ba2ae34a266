package uk.casehandover.cps.casefile.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.casehandover.cps.casefile.VictimOnFile;
import uk.casehandover.cps.casefile.VictimsOnFile;
import uk.casehandover.victimdata.ErasureReason;
import uk.casehandover.victimdata.Unsealed;
import uk.casehandover.victimdata.VictimDataVault;
import uk.casehandover.victimdata.VictimPersonalData;

/**
 * The victims of a case file as the lawyer of the case's Area reads them: the personal data the police sealed,
 * decrypted through the same victim key store on each read (nothing decrypted is kept), or shown as erased (when,
 * why) once the victim's key was destroyed. A service without a key store cannot show sealed details (503).
 */
@Service
@Transactional(readOnly = true)
public class CaseVictims {

    private final VictimsOnFile victims;
    private final ObjectProvider<VictimDataVault> vault;

    public CaseVictims(VictimsOnFile victims, ObjectProvider<VictimDataVault> vault) {
        this.victims = victims;
        this.vault = vault;
    }

    /** A victim in the case view; {@code detailsHeld} false when the police sent no personal data. */
    public record VictimView(String victimId, boolean detailsHeld, boolean erased, Instant erasedAt,
            ErasureReason erasureReason, VictimPersonalData.Name name, LocalDate dateOfBirth,
            VictimPersonalData.Contact contact, VictimPersonalData.CommunicationPreferences communicationPreferences) {

        @Override
        public String toString() {
            return "VictimView[" + victimId + ", erased=" + erased + "]";
        }
    }

    /** The vault is not configured here: sealed victim details cannot be read. */
    public static class KeyStoreUnavailableException extends RuntimeException {
        public KeyStoreUnavailableException() {
            super("victim details cannot be read: this service has no victim key store configured "
                    + "(casehandover.victim-keys.*)");
        }
    }

    public List<VictimView> of(String urn) {
        return victims.of(urn).stream().map(this::view).toList();
    }

    private VictimView view(VictimOnFile victim) {
        if (victim.sealed() == null) {
            return new VictimView(victim.victimId(), false, false, null, null, null, null, null, null);
        }
        VictimDataVault v = vault.getIfAvailable();
        if (v == null) {
            throw new KeyStoreUnavailableException();
        }
        Unsealed unsealed = v.open(victim.victimId(), victim.sealed());
        if (unsealed instanceof Unsealed.Erased erased) {
            return new VictimView(victim.victimId(), true, true, erased.erasedAt(), erased.reason(), null, null, null,
                    null);
        }
        VictimPersonalData d = ((Unsealed.Readable) unsealed).data();
        return new VictimView(victim.victimId(), true, false, null, null, d.name(), d.dateOfBirth(),
                d.contactDetails(), d.communicationPreferences());
    }
}
