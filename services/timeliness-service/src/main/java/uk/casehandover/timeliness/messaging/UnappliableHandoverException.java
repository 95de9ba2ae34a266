package uk.casehandover.timeliness.messaging;

import uk.casehandover.runtime.deadletter.NotRetryable;

/** A handover record the timeliness service cannot count: dead-lettered after one attempt, with this reason. */
public class UnappliableHandoverException extends RuntimeException implements NotRetryable {

    public UnappliableHandoverException(String message, Throwable cause) {
        super(message, cause);
    }
}
