package uk.casehandover.cps.casefile;

import java.util.Optional;

/** Where cases live. lock() holds the case against concurrent change until the surrounding transaction ends. */
public interface CaseRepository {

    Optional<CpsCase> lock(String urn);

    void save(CpsCase cpsCase);
}
