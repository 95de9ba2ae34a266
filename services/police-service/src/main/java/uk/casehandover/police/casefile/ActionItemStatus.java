package uk.casehandover.police.casefile;

/** The police's answer to one action plan item. */
public enum ActionItemStatus {
    COMPLETED, PARTIALLY_COMPLETED, NOT_POSSIBLE
}
