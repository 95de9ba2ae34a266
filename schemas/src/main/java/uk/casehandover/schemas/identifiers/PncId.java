package uk.casehandover.schemas.identifiers;

import java.util.List;

/**
 * A Police National Computer id of a person, written YY/NNNNNNNL: a 2-digit year, a 7-digit serial and a check
 * letter. The check letter is the letter at index ((YY * 10^7 + serial) mod 23) of "ZABCDEFGHJKLMNPQRTUVWXY"
 * (I, O and S are never used), so 98/1234567L is valid and 98/1234567M is not. PNC ids identify suspects: messages
 * never repeat the value.
 */
public record PncId(int year, int serial, char checkLetter) {

    public static final String CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY";
    public static final String EXAMPLE = "98/1234567L";
    private static final String FIELD = "pncId";
    private static final String SHAPE = "YY/NNNNNNNL (2-digit year, '/', 7-digit serial, check letter), e.g. " + EXAMPLE;

    public PncId {
        if (year < 0 || year > 99 || serial < 0 || serial > 9_999_999) {
            throw new InvalidIdentifierException(List.of(new Violation(FIELD, "must be " + SHAPE)));
        }
        if (checkLetter != checkLetterFor(year, serial)) {
            throw new InvalidIdentifierException(List.of(checkLetterViolation(FIELD)));
        }
    }

    /** A valid PNC id for a year and serial, with its check letter computed. */
    public static PncId of(int year, int serial) {
        return new PncId(year, serial, checkLetterFor(year, serial));
    }

    public static char checkLetterFor(int year, int serial) {
        long number = year * 10_000_000L + serial;
        return CHECK_LETTERS.charAt((int) (number % CHECK_LETTERS.length()));
    }

    public static PncId parse(String value) {
        return parse(FIELD, value);
    }

    public static PncId parse(String field, String value) {
        InvalidIdentifierException.throwIfAny(validate(field, value));
        return new PncId(Integer.parseInt(value.substring(0, 2)), Integer.parseInt(value.substring(3, 10)),
                value.charAt(10));
    }

    public static List<Violation> validate(String field, String value) {
        if (value == null || value.isEmpty()) {
            return List.of(new Violation(field, "is required: " + SHAPE));
        }
        if (!value.matches("\\d{2}/\\d{7}[A-Z]")) {
            return List.of(new Violation(field, "must be " + SHAPE + ", got " + value.length() + " characters"));
        }
        int year = Integer.parseInt(value.substring(0, 2));
        int serial = Integer.parseInt(value.substring(3, 10));
        if (value.charAt(10) != checkLetterFor(year, serial)) {
            return List.of(checkLetterViolation(field));
        }
        return List.of();
    }

    private static Violation checkLetterViolation(String field) {
        return new Violation(field, "check letter does not match the year and serial (the letter at index"
                + " (YY * 10^7 + serial) mod 23 of " + CHECK_LETTERS + ")");
    }

    /** The canonical written form, YY/NNNNNNNL. */
    public String value() {
        return String.format("%02d/%07d%c", year, serial, checkLetter);
    }

    @Override
    public String toString() {
        return value();
    }
}
