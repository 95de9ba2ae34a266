package uk.casehandover.schemas.identifiers;

import java.util.List;
import java.util.stream.Collectors;

/** An identifier broke one or more rules; the message names each field and rule. */
public final class InvalidIdentifierException extends IllegalArgumentException {

    private final transient List<Violation> violations;

    public InvalidIdentifierException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidIdentifierException(violations);
        }
    }
}
