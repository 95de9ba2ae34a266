package uk.casehandover.isva.victimupdate.messaging;

import java.util.List;
import uk.casehandover.runtime.deadletter.NotRetryable;
import uk.casehandover.schemas.identifiers.Violation;

/**
 * A decoded record that breaks the topic's contract; no retry can cure it ({@link NotRetryable}), so it is
 * dead-lettered at once with this message as its reason.
 */
class NonConformingHandover extends IllegalArgumentException implements NotRetryable {

    NonConformingHandover(String eventType, List<Violation> violations) {
        super(eventType + " does not conform: " + violations);
    }
}
