package uk.casehandover.police.casefile.application;

import java.util.List;
import java.util.Optional;

/** Read side of the cases: one case in full, or a force's cases, most recently changed first. */
public interface CaseQueries {

    Optional<CaseView> view(String urn);

    List<CaseView.Summary> forForce(String forceCode, int limit);

    /** Whether any case of the force names this (pseudonymous) victim id. */
    boolean victimInForce(String victimId, String forceCode);
}
