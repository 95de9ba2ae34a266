package uk.casehandover.schemas.identifiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Unique Reference Number of a case, shared by police, CPS and courts and used as the Kafka key of every handover:
 * 11 characters, a 2-digit code of a known force ({@link ForceCode}), a 2-character unit [A-Z0-9] and a 7-digit
 * sequence, e.g. 01ZD0304208.
 */
public record Urn(String value) {

    public static final String EXAMPLE = "01ZD0304208";
    private static final String FIELD = "urn";
    private static final int LENGTH = 11;

    public Urn {
        InvalidIdentifierException.throwIfAny(validate(FIELD, value));
    }

    public static Urn parse(String value) {
        return new Urn(value);
    }

    public static Urn parse(String field, String value) {
        InvalidIdentifierException.throwIfAny(validate(field, value));
        return new Urn(value);
    }

    public static List<Violation> validate(String field, String value) {
        if (value == null || value.isEmpty()) {
            return List.of(new Violation(field, "is required: 11 characters (2-digit force code, 2-character unit,"
                    + " 7-digit sequence), e.g. " + EXAMPLE));
        }
        if (value.length() != LENGTH) {
            return List.of(new Violation(field, "must be 11 characters (2-digit force code, 2-character unit,"
                    + " 7-digit sequence), e.g. " + EXAMPLE + ", got " + value.length()));
        }
        List<Violation> violations = new ArrayList<>();
        String force = value.substring(0, 2);
        if (!force.matches("\\d{2}")) {
            violations.add(new Violation(field, "characters 1-2 must be a 2-digit force code, e.g. 01"));
        } else if (ForceCode.fromCode(force).isEmpty()) {
            violations.add(new Violation(field, "characters 1-2 must be the code of a force of England and Wales,"
                    + " got " + force));
        }
        if (!value.substring(2, 4).matches("[A-Z0-9]{2}")) {
            violations.add(new Violation(field, "characters 3-4 must be a unit of 2 upper-case letters or digits,"
                    + " e.g. ZD"));
        }
        if (!value.substring(4).matches("\\d{7}")) {
            violations.add(new Violation(field, "characters 5-11 must be a 7-digit sequence, e.g. 0304208"));
        }
        return violations;
    }

    public ForceCode force() {
        return ForceCode.fromCode(value.substring(0, 2)).orElseThrow();
    }

    public String unit() {
        return value.substring(2, 4);
    }

    public String sequence() {
        return value.substring(4);
    }

    @Override
    public String toString() {
        return Objects.toString(value);
    }
}
