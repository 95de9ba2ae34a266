package uk.casehandover.runtime.outbox;

import java.util.List;
import uk.casehandover.schemas.identifiers.Violation;

/**
 * An event that may not be handed over on the topic it was appended to: wrong type for the topic, wrong producer, or a
 * malformed identifier. The message lists every violation; violations never repeat a whole identifier value.
 */
public class InvalidHandoverException extends IllegalArgumentException {

    private final transient List<Violation> violations;

    public InvalidHandoverException(String topic, String eventType, List<Violation> violations) {
        super(eventType + " may not be handed over on " + topic + ": " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
