package uk.casehandover.cps.casefile.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.casehandover.cps.casefile.InvalidCommandException;
import uk.casehandover.schemas.identifiers.Violation;

/** Collects every violation of a request before anything is done. */
final class Fields {

    static final int MAX_TEXT = 4000;

    private final List<Violation> violations = new ArrayList<>();

    Fields(List<Violation> initial) {
        violations.addAll(initial);
    }

    void add(List<Violation> more) {
        violations.addAll(more);
    }

    String text(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new Violation(field, "is required"));
            }
            return value;
        }
        if (value.length() > MAX_TEXT) {
            violations.add(new Violation(field, "must be at most " + MAX_TEXT + " characters"));
        }
        if (value.indexOf('\u0000') >= 0) {
            violations.add(new Violation(field, "must not contain NUL characters"));
        }
        return value;
    }

    LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "is required: a date, e.g. 2026-03-30"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "must be a date YYYY-MM-DD, e.g. 2026-03-30"));
            return null;
        }
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, String value, boolean required) {
        if (value == null) {
            if (required) {
                violations.add(new Violation(field, "is required: one of " + Arrays.toString(type.getEnumConstants())));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    void throwIfAny() {
        InvalidCommandException.throwIfAny(violations);
    }
}
