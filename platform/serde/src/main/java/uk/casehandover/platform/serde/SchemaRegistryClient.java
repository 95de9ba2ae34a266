package uk.casehandover.platform.serde;

import java.util.List;
import org.apache.avro.Schema;

/**
 * The subset of Confluent's Schema Registry REST API the platform uses, for Avro schemas. Schemas travel as their
 * JSON text; the {@link Schema} overloads send {@code schema.toString()}, as Confluent's clients do.
 * Every failure answered by the registry is a {@link SchemaRegistryException} with its HTTP status and error code.
 */
public interface SchemaRegistryClient {

    /** Registers {@code schema} under {@code subject} (or finds it already there) and returns its global id. */
    int register(String subject, String schema);

    /** The registration of {@code schema} under {@code subject}; 40401 or 40403 when it is not there. */
    RegisteredSchema lookup(String subject, String schema);

    /** The schema text with global id {@code id}; 40403 when unknown. */
    String schemaById(int id);

    RegisteredSchema latest(String subject);

    RegisteredSchema version(String subject, int version);

    List<String> subjects();

    List<Integer> versions(String subject);

    /** Tests {@code schema} against the latest version of {@code subject}. */
    CompatibilityResult testCompatibility(String subject, String schema);

    /** Tests {@code schema} against version {@code version} of {@code subject}. */
    CompatibilityResult testCompatibility(String subject, String schema, int version);

    /** The global compatibility level, e.g. {@code BACKWARD}. */
    String compatibility();

    /** The subject's own compatibility level; 40408 when it has none. */
    String compatibility(String subject);

    /** Sets the global compatibility level and returns it as the registry echoes it. */
    String updateCompatibility(String level);

    String updateCompatibility(String subject, String level);

    /** The global mode, e.g. {@code READWRITE}. */
    String mode();

    String mode(String subject);

    String updateMode(String mode);

    /** Deletes a subject; soft unless {@code permanent} (a permanent delete needs a soft one first). Returns its versions. */
    List<Integer> deleteSubject(String subject, boolean permanent);

    /** Deletes one version of a subject; soft unless {@code permanent}. Returns the version deleted. */
    int deleteVersion(String subject, int version, boolean permanent);

    default int register(String subject, Schema schema) {
        return register(subject, schema.toString());
    }

    default RegisteredSchema lookup(String subject, Schema schema) {
        return lookup(subject, schema.toString());
    }

    default CompatibilityResult testCompatibility(String subject, Schema schema) {
        return testCompatibility(subject, schema.toString());
    }
}
