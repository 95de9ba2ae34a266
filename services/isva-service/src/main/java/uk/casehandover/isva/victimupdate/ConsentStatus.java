package uk.casehandover.isva.victimupdate;

/** Where a victim's consent stands for one ISVA service; only {@link #IN_FORCE} lets updates in. */
public enum ConsentStatus {
    /** The police never told this service of a consent. */
    NEVER_GIVEN,
    /** Consent including {@link SharingScope#MILESTONES} is in force. */
    IN_FORCE,
    /** Consent was given without {@link SharingScope#MILESTONES}: nothing can be shown. */
    GIVEN_WITHOUT_MILESTONES,
    /** The victim withdrew consent (entirely, or the MILESTONES scope). */
    WITHDRAWN
}
