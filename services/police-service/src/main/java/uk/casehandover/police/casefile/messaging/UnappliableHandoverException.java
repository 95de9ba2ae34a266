package uk.casehandover.police.casefile.messaging;

import uk.casehandover.police.casefile.Received;

/** A received handover this service cannot apply; the record goes to the dead-letter topic with this reason. */
class UnappliableHandoverException extends RuntimeException {

    UnappliableHandoverException(Received received, String reason) {
        super(received.eventType() + " " + received.eventId() + " for case " + received.urn() + ": " + reason);
    }

    UnappliableHandoverException(String reason) {
        super(reason);
    }
}
