package uk.casehandover.audit.log.web;

import java.util.List;
import uk.casehandover.schemas.identifiers.Violation;

/** Request parameters that break their rules: each one named with its rule (400). */
class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    InvalidRequestException(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    List<Violation> violations() {
        return violations;
    }
}
