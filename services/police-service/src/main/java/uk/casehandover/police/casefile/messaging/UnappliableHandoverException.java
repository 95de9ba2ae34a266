package uk.casehandover.police.casefile.messaging;

import uk.casehandover.police.casefile.Received;
import uk.casehandover.runtime.deadletter.NotRetryable;

/**
 * A received handover this service cannot apply however often it tries (it does not conform, or this service does
 * not apply its type or outcome): not retried ({@link NotRetryable}); the record goes to the dead-letter topic with
 * this reason.
 */
class UnappliableHandoverException extends RuntimeException implements NotRetryable {

    UnappliableHandoverException(Received received, String reason) {
        super(received.eventType() + " " + received.eventId() + " for case " + received.urn() + ": " + reason);
    }

    UnappliableHandoverException(String reason) {
        super(reason);
    }
}
