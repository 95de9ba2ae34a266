package uk.casehandover.audit.log.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.casehandover.schemas.identifiers.Urn;
import uk.casehandover.schemas.identifiers.Violation;

/** Reads request parameters by their rules; every broken rule is collected and named, nothing is half-read. */
final class Parameters {

    static final Set<String> RECEIVING_AGENCIES = Set.of("POLICE", "CPS", "ISVA_SERVICE");

    private final List<Violation> violations = new ArrayList<>();

    Long count(String name, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new Violation(name, "is required: a whole number, 0 or more"));
            }
            return null;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number < 0) {
                violations.add(new Violation(name, "must be 0 or more, got " + number));
                return null;
            }
            return number;
        } catch (NumberFormatException notANumber) {
            violations.add(new Violation(name, "must be a whole number, 0 or more"));
            return null;
        }
    }

    String urn(String value) {
        List<Violation> broken = Urn.validate("urn", value);
        violations.addAll(broken);
        return broken.isEmpty() ? value : null;
    }

    String agency(String value) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation("agency", "is required: one of CPS, POLICE, ISVA_SERVICE"));
            return null;
        }
        if (!RECEIVING_AGENCIES.contains(value)) {
            violations.add(new Violation("agency", "must be one of CPS, POLICE, ISVA_SERVICE"));
            return null;
        }
        return value;
    }

    Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(name, "is required: an ISO-8601 UTC instant, e.g. 2026-11-02T09:00:00Z"));
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException bad) {
            violations.add(new Violation(name, "must be an ISO-8601 UTC instant, e.g. 2026-11-02T09:00:00Z"));
            return null;
        }
    }

    void rule(boolean holds, String name, String rule) {
        if (!holds) {
            violations.add(new Violation(name, rule));
        }
    }

    /** Throws if any rule was broken. */
    void check() {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }
}
