package uk.casehandover.timeliness.web;

import java.util.List;
import uk.casehandover.schemas.identifiers.Violation;

/** Request parameters that break the API's rules; nothing was read or changed. */
class InvalidRequest extends RuntimeException {

    private final transient List<Violation> violations;

    InvalidRequest(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    List<Violation> violations() {
        return violations;
    }
}
