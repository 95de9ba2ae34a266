package uk.casehandover.security;

/**
 * A request the asker has no right to make: answered 403 problem+json and logged without personal data. The reason is
 * a fixed phrase chosen by code (e.g. "role not admitted to this API"), never a request value.
 */
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String reason) {
        super(reason);
    }
}
