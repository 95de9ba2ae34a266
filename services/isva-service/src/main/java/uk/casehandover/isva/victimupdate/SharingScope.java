package uk.casehandover.isva.victimupdate;

/**
 * A kind of victim-facing information the victim agreed may be shared with their ISVA service. A scope the police send
 * that this service does not know grants nothing.
 */
public enum SharingScope {
    /** What happened and when: without it there is no update to show. */
    MILESTONES,
    /** What happens next. */
    NEXT_STEPS,
    /** The type of a charging outcome. */
    DECISION_OUTCOMES,
    /** Bail conditions relevant to the victim's safety. */
    SAFETY_BAIL_CONDITIONS
}
