package uk.casehandover.police.casefile;

import java.util.Optional;

/** The cases this force holds. {@link #save} fails if the case changed since it was loaded. */
public interface PoliceCases {

    Optional<PoliceCase> find(String urn);

    void add(PoliceCase policeCase);

    void save(PoliceCase policeCase);
}
