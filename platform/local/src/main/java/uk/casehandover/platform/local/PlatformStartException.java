package uk.casehandover.platform.local;

/** The platform could not start; the message says which component and why, fit to show on the console. */
final class PlatformStartException extends RuntimeException {

    PlatformStartException(String message) {
        super(message);
    }

    PlatformStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
