package uk.casehandover.audit.log.web;

/**
 * The log has no handover of this case that the asker may read: the case is unknown, or another agency's. One answer
 * for both (404, the same body), so a case's existence does not leak.
 */
class NoSuchCaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NoSuchCaseException() {
        super("The audit log has no handover of this case that you may read.");
    }
}
