package uk.casehandover.isva.victimupdate;

import java.util.List;
import java.util.Optional;

/** Port: where consent states are kept. */
public interface Consents {

    Optional<Consent> find(ConsentKey key);

    void save(Consent consent);

    /** The consents the police told one ISVA service about, optionally for one case only ({@code urn} null: all). */
    List<Consent> of(String isvaServiceId, String urn);
}
