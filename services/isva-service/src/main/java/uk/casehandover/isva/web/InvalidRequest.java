package uk.casehandover.isva.web;

import java.util.List;
import uk.casehandover.schemas.identifiers.Violation;

/** A request that breaks one or more rules; answered 400 with every violation. Nothing is changed. */
public class InvalidRequest extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidRequest(List<Violation> violations) {
        super("invalid request: " + violations);
        this.violations = List.copyOf(violations);
    }

    public static InvalidRequest of(String field, String rule) {
        return new InvalidRequest(List.of(new Violation(field, rule)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
