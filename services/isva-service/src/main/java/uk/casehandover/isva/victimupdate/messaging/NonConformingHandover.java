package uk.casehandover.isva.victimupdate.messaging;

import java.util.List;
import uk.casehandover.schemas.identifiers.Violation;

/** A decoded record that breaks the topic's contract; it is dead-lettered with this message as its reason. */
class NonConformingHandover extends IllegalArgumentException {

    NonConformingHandover(String eventType, List<Violation> violations) {
        super(eventType + " does not conform: " + violations);
    }
}
