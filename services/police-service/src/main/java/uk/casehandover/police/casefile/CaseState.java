package uk.casehandover.police.casefile;

/**
 * Where a case stands on the police side of the pre-charge handover. Officers' commands and CPS's events move it;
 * {@link PoliceCase} refuses any step the current state does not allow.
 */
public enum CaseState {
    /** Opened by the police; nothing handed to CPS yet. */
    OPEN,
    /** Early advice asked of CPS, not yet given. */
    EARLY_ADVICE_REQUESTED,
    /** CPS gave early advice; a case file may follow. */
    EARLY_ADVICE_GIVEN,
    /** A case file is with CPS, receipt not yet acknowledged. */
    FILE_SUBMITTED,
    /** CPS acknowledged receipt of the file; triage pending. */
    FILE_RECEIVED,
    /** CPS rejected the file at triage; the police may resubmit. */
    REJECTED,
    /** CPS accepted the file at triage; review under way. */
    ACCEPTED,
    /** CPS issued an action plan the police have not answered. */
    ACTION_PLAN_OPEN,
    /** The police answered the action plan; back with the prosecutor. */
    AWAITING_DECISION,
    /** CPS finalised the case administratively (e.g. action plan unanswered); CPS may reopen it. */
    ADMINISTRATIVELY_FINALISED,
    /** CPS made a charging decision; the victim must be told. */
    DECIDED,
    /** The victim was told of the decision. */
    VICTIM_TOLD
}
