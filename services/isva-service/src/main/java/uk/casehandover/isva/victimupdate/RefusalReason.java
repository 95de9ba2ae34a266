package uk.casehandover.isva.victimupdate;

/** Why an update the police issued was not kept. */
public enum RefusalReason {
    NO_CONSENT,
    MILESTONES_NOT_CONSENTED,
    CONSENT_WITHDRAWN
}
