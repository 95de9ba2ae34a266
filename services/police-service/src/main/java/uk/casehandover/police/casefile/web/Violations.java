package uk.casehandover.police.casefile.web;

import java.util.ArrayList;
import java.util.List;
import uk.casehandover.schemas.identifiers.Violation;

/** Collects every broken rule of a request; {@link #throwIfAny()} answers them all at once as a 400. */
final class Violations {

    private final List<Violation> found = new ArrayList<>();

    void add(String field, String rule) {
        found.add(new Violation(field, rule));
    }

    void addAll(List<Violation> violations) {
        found.addAll(violations);
    }

    List<Violation> list() {
        return List.copyOf(found);
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidRequestException(list());
        }
    }

    static class InvalidRequestException extends RuntimeException {
        private final transient List<Violation> violations;

        InvalidRequestException(List<Violation> violations) {
            super(violations.size() + " invalid field(s)");
            this.violations = violations;
        }

        List<Violation> violations() {
            return violations;
        }
    }
}
