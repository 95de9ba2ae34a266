package uk.casehandover.cps.casefile.messaging;

import uk.casehandover.runtime.deadletter.NotRetryable;

/**
 * A police record CPS cannot apply however often it tries: it breaks the contract, or the case's lifecycle refuses
 * it. Not retried; the record goes to the dead-letter topic with this message (no victim details) as its reason, and
 * no acknowledgement is sent, so the missing acknowledgement reaches a person on the police side.
 */
public class UnappliableHandoverException extends RuntimeException implements NotRetryable {

    public UnappliableHandoverException(String message, Throwable cause) {
        super(message, cause);
    }
}
