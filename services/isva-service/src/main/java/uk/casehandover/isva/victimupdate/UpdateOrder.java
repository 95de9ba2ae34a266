package uk.casehandover.isva.victimupdate;

/** How a list of updates is ordered. */
public enum UpdateOrder {
    /** Latest milestone date first (then latest received): what changed lately, across cases. */
    NEWEST_FIRST,
    /** Case by case, each in milestone order (earliest milestone date first): the story of each case. */
    BY_CASE
}
