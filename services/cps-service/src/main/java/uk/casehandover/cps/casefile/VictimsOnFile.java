package uk.casehandover.cps.casefile;

import java.util.List;

/** The victims of each case's latest file, kept as received (ciphertext only). */
public interface VictimsOnFile {

    /** Replaces the case's victims with those of the file just applied. */
    void keep(String urn, List<VictimOnFile> victims);

    List<VictimOnFile> of(String urn);
}
