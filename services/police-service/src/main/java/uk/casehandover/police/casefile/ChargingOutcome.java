package uk.casehandover.police.casefile;

/** A charging decision's outcome. */
public enum ChargingOutcome {
    CHARGE, NFA_EVIDENTIAL, NFA_PUBLIC_INTEREST, OUT_OF_COURT_DISPOSAL
}
