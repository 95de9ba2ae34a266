package uk.casehandover.cps.casefile;

import uk.casehandover.victimdata.SealedVictimData;

/**
 * A victim of a case file as CPS keeps it: the pseudonymous id and the personal data exactly as the police sealed it
 * (ciphertext under the victim's key; null when the police sent none). CPS never stores it decrypted.
 */
public record VictimOnFile(String victimId, SealedVictimData sealed) {
}
