package uk.casehandover.police.casefile;

/** A point in the case a consenting victim's ISVA service is told about. */
public enum VictimMilestone {
    FILE_SUBMITTED, ACTION_PLAN_OUTCOME, CASE_REOPENED, DECISION_MADE, BAIL_CHANGED
}
