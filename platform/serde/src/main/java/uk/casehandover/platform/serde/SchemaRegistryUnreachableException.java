package uk.casehandover.platform.serde;

/** No configured registry URL answered (connection refused, timed out, or the connection broke). */
public class SchemaRegistryUnreachableException extends SchemaRegistryException {

    private static final long serialVersionUID = 1L;

    public SchemaRegistryUnreachableException(String message, Throwable cause) {
        super(0, 0, message, cause);
    }
}
