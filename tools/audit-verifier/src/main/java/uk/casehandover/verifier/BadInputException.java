package uk.casehandover.verifier;

/** The input could not be read (missing file, not JSON, a field missing or malformed): exit code 2, nothing verified. */
final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
