package uk.casehandover.victimdata;

/** Why a victim's key was destroyed: the retention period ended, or the data had to be erased on a lawful request. */
public enum ErasureReason {
    RETENTION_EXPIRED,
    LAWFUL_REQUEST
}
