package uk.casehandover.audit.log.web;

/**
 * The log has no entry at this index that the asker may read: beyond the log, or another agency's case. One answer for
 * both (404, the same body), so what an entry is about does not leak.
 */
class NoSuchEntryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NoSuchEntryException() {
        super("The audit log has no entry at this index that you may read.");
    }
}
