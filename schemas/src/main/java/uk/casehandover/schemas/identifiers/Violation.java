package uk.casehandover.schemas.identifiers;

import java.util.Objects;

/**
 * One broken rule on one field, e.g. {@code urn: must be 11 characters ..., got 9}. Messages never repeat a whole
 * identifier value, so they are safe to log.
 */
public record Violation(String field, String rule) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
    }

    @Override
    public String toString() {
        return field + ": " + rule;
    }
}
