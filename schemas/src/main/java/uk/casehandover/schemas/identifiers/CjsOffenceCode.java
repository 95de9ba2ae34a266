package uk.casehandover.schemas.identifiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Criminal Justice System offence code: 2 letters (the source of the offence, e.g. SX for the Sexual Offences Act),
 * a 2-digit year, 3 digits, and optionally one suffix letter: A attempt, B aiding and abetting, C conspiracy,
 * I incitement. E.g. SX03001 (rape of a woman 16 or over), SX03001A (attempted).
 */
public record CjsOffenceCode(String value) {

    public static final String EXAMPLE = "SX03001";
    private static final String FIELD = "cjsOffenceCode";
    private static final String SHAPE = "2 letters, 2-digit year, 3 digits and an optional suffix A, B, C or I,"
            + " e.g. SX03001 or SX03001A";

    /** The inchoate or secondary form an optional suffix letter marks. */
    public enum Qualifier { ATTEMPT, AIDING_AND_ABETTING, CONSPIRACY, INCITEMENT }

    public CjsOffenceCode {
        InvalidIdentifierException.throwIfAny(validate(FIELD, value));
    }

    public static CjsOffenceCode parse(String value) {
        return new CjsOffenceCode(value);
    }

    public static CjsOffenceCode parse(String field, String value) {
        InvalidIdentifierException.throwIfAny(validate(field, value));
        return new CjsOffenceCode(value);
    }

    public static List<Violation> validate(String field, String value) {
        if (value == null || value.isEmpty()) {
            return List.of(new Violation(field, "is required: " + SHAPE));
        }
        if (value.length() != 7 && value.length() != 8) {
            return List.of(new Violation(field, "must be 7 or 8 characters: " + SHAPE + ", got " + value.length()));
        }
        List<Violation> violations = new ArrayList<>();
        if (!value.substring(0, 2).matches("[A-Z]{2}")) {
            violations.add(new Violation(field, "characters 1-2 must be 2 upper-case letters, e.g. SX"));
        }
        if (!value.substring(2, 4).matches("\\d{2}")) {
            violations.add(new Violation(field, "characters 3-4 must be a 2-digit year, e.g. 03"));
        }
        if (!value.substring(4, 7).matches("\\d{3}")) {
            violations.add(new Violation(field, "characters 5-7 must be 3 digits, e.g. 001"));
        }
        if (value.length() == 8 && "ABCI".indexOf(value.charAt(7)) < 0) {
            violations.add(new Violation(field, "character 8 is optional and must be A (attempt), B (aiding and"
                    + " abetting), C (conspiracy) or I (incitement), got " + value.charAt(7)));
        }
        return violations;
    }

    /** The offence without its suffix, e.g. SX03001 for SX03001A. */
    public String baseOffence() {
        return value.substring(0, 7);
    }

    public Optional<Qualifier> qualifier() {
        if (value.length() == 7) {
            return Optional.empty();
        }
        return Optional.of(switch (value.charAt(7)) {
            case 'A' -> Qualifier.ATTEMPT;
            case 'B' -> Qualifier.AIDING_AND_ABETTING;
            case 'C' -> Qualifier.CONSPIRACY;
            default -> Qualifier.INCITEMENT;
        });
    }

    @Override
    public String toString() {
        return value;
    }
}
