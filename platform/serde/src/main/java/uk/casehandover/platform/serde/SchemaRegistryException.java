package uk.casehandover.platform.serde;

/**
 * An error answered by the schema registry: the HTTP status, Confluent's {@code error_code} and its message.
 * Common codes are constants here, named as in Confluent's documentation.
 */
public class SchemaRegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final int SUBJECT_NOT_FOUND = 40401;
    public static final int VERSION_NOT_FOUND = 40402;
    public static final int SCHEMA_NOT_FOUND = 40403;
    public static final int SUBJECT_SOFT_DELETED = 40404;
    public static final int SUBJECT_NOT_SOFT_DELETED = 40405;
    public static final int SCHEMA_VERSION_SOFT_DELETED = 40406;
    public static final int SCHEMA_VERSION_NOT_SOFT_DELETED = 40407;
    public static final int SUBJECT_LEVEL_COMPATIBILITY_NOT_CONFIGURED = 40408;
    public static final int INCOMPATIBLE_SCHEMA = 409;
    public static final int INVALID_SCHEMA = 42201;
    public static final int INVALID_VERSION = 42202;
    public static final int INVALID_COMPATIBILITY_LEVEL = 42203;
    public static final int INVALID_MODE = 42204;
    public static final int OPERATION_NOT_PERMITTED = 42205;
    public static final int BACKEND_STORE_ERROR = 50001;
    public static final int OPERATION_TIMEOUT = 50002;
    public static final int FORWARDING_ERROR = 50003;
    /** Not a registry code: the response body was not Confluent's error JSON (Confluent's clients use 50005 too). */
    public static final int UNPARSEABLE_ERROR_BODY = 50005;

    private final int status;
    private final int errorCode;

    public SchemaRegistryException(int status, int errorCode, String message) {
        this(status, errorCode, message, null);
    }

    public SchemaRegistryException(int status, int errorCode, String message, Throwable cause) {
        super(message + "; HTTP " + status + ", error code " + errorCode, cause);
        this.status = status;
        this.errorCode = errorCode;
    }

    /** The HTTP status, or 0 when no registry answered. */
    public int status() {
        return status;
    }

    /** Confluent's {@code error_code}, e.g. {@link #SUBJECT_NOT_FOUND}. */
    public int errorCode() {
        return errorCode;
    }

    public boolean isNotFound() {
        return status == 404;
    }
}
