package uk.casehandover.registry.subjects;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where schemas and subject versions are kept. Ids and versions, once written, are never reused for anything else.
 */
public interface SchemaStore {

    /**
     * Runs {@code work} atomically and isolated from every other {@code atomically} call, in this process or any
     * other sharing the store: it sees none of their partial effects and they none of its.
     */
    <T> T atomically(Supplier<T> work);

    Optional<Integer> schemaIdByFingerprint(String fingerprint);

    /** Stores a new schema under a fresh id and answers that id. */
    int insertSchema(String schemaType, String schema, String fingerprint);

    Optional<StoredSchema> schemaById(int id);

    /** Every version of the subject, soft-deleted ones included, oldest first. */
    List<SubjectVersion> versions(String subject);

    void addVersion(SubjectVersion version);

    void markDeleted(String subject, int version);

    void remove(String subject, int version);

    /** Every subject version that uses the schema, soft-deleted ones included, by subject then version. */
    List<SubjectVersion> versionsUsing(int schemaId);

    /** Subjects with at least one live version, or with any version when {@code includeDeleted}; sorted. */
    List<String> subjects(boolean includeDeleted);
}
