package uk.casehandover.audit.log.messaging;

import uk.casehandover.runtime.deadletter.NotRetryable;

/** A record the log cannot read as a handover: dead-lettered at once with this reason (never its content). */
class UndecodableRecordException extends RuntimeException implements NotRetryable {

    private static final long serialVersionUID = 1L;

    UndecodableRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
