package uk.casehandover.registry.errors;

/**
 * A request the registry refuses, carrying Confluent's error code so that Confluent's clients react to it as they
 * would to a Confluent Schema Registry. The HTTP status is the code's first three digits.
 */
public final class RegistryException extends RuntimeException {

    private final int errorCode;

    private RegistryException(int errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public int errorCode() {
        return errorCode;
    }

    public int httpStatus() {
        return errorCode >= 10_000 ? errorCode / 100 : errorCode;
    }

    public static RegistryException subjectNotFound(String subject) {
        return new RegistryException(40401, "Subject '" + subject + "' not found.");
    }

    public static RegistryException versionNotFound(int version) {
        return new RegistryException(40402, "Version " + version + " not found.");
    }

    public static RegistryException schemaNotFound() {
        return new RegistryException(40403, "Schema not found");
    }

    public static RegistryException schemaNotFound(int id) {
        return new RegistryException(40403, "Schema " + id + " not found");
    }

    public static RegistryException subjectSoftDeleted(String subject) {
        return new RegistryException(40404, "Subject '" + subject + "' was soft deleted."
                + "Set permanent=true to delete permanently");
    }

    public static RegistryException subjectNotSoftDeleted(String subject) {
        return new RegistryException(40405, "Subject '" + subject
                + "' was not deleted first before being permanently deleted");
    }

    public static RegistryException versionSoftDeleted(String subject, int version) {
        return new RegistryException(40406, "Subject '" + subject + "' Version " + version
                + " was soft deleted.Set permanent=true to delete permanently");
    }

    public static RegistryException versionNotSoftDeleted(String subject, int version) {
        return new RegistryException(40407, "Subject '" + subject + "' Version " + version
                + " was not deleted first before being permanently deleted");
    }

    public static RegistryException subjectCompatibilityNotConfigured(String subject) {
        return new RegistryException(40408, "Subject '" + subject
                + "' does not have subject-level compatibility configured");
    }

    public static RegistryException subjectModeNotConfigured(String subject) {
        return new RegistryException(40409, "Subject '" + subject + "' does not have subject-level mode configured");
    }

    public static RegistryException incompatibleSchema(String subject, Iterable<String> messages) {
        return new RegistryException(409, "Schema being registered is incompatible with an earlier schema for subject \""
                + subject + "\", details: " + String.join(", ", messages));
    }

    public static RegistryException invalidSchema(String reason) {
        return new RegistryException(42201, "Invalid schema: " + reason);
    }

    public static RegistryException invalidVersion(String version) {
        return new RegistryException(42202, "The specified version '" + version + "' is not a valid version id. "
                + "Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    public static RegistryException invalidCompatibilityLevel(String level) {
        return new RegistryException(42203, "Invalid compatibility level '" + level + "'. Valid values are none, "
                + "backward, forward, full, backward_transitive, forward_transitive, and full_transitive");
    }

    public static RegistryException invalidMode(String mode) {
        return new RegistryException(42204, "Invalid mode '" + mode + "'. This registry supports READWRITE only");
    }

    public static RegistryException invalidSubject(String reason) {
        return new RegistryException(42208, "Invalid subject: " + reason);
    }
}
