package uk.casehandover.timeliness.clock;

/** Where a statutory clock stands: running, met before its deadline, or breached (never undone). */
public enum ClockStatus {
    OPEN, MET, BREACHED
}
