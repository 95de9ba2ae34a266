package uk.casehandover.cps.casefile;

import java.util.List;
import uk.casehandover.schemas.identifiers.Violation;

/** A command whose content breaks a rule (a field is missing or malformed); every broken rule is named. */
public class InvalidCommandException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidCommandException(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations);
        }
    }

    public List<Violation> violations() {
        return violations;
    }
}
