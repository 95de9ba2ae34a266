package uk.casehandover.registry.subjects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/** A {@link SchemaStore} in memory, for unit tests of the domain; atomic by one lock, as the real one is. */
final class InMemorySchemaStore implements SchemaStore {

    private final Map<Integer, StoredSchema> schemas = new TreeMap<>();
    private final Map<String, Integer> idsByFingerprint = new TreeMap<>();
    private final List<SubjectVersion> versions = new ArrayList<>();

    @Override
    public synchronized <T> T atomically(Supplier<T> work) {
        return work.get();
    }

    @Override
    public synchronized Optional<Integer> schemaIdByFingerprint(String fingerprint) {
        return Optional.ofNullable(idsByFingerprint.get(fingerprint));
    }

    @Override
    public synchronized int insertSchema(String schemaType, String schema, String fingerprint) {
        int id = schemas.size() + 1;
        schemas.put(id, new StoredSchema(id, schemaType, schema));
        idsByFingerprint.put(fingerprint, id);
        return id;
    }

    @Override
    public synchronized Optional<StoredSchema> schemaById(int id) {
        return Optional.ofNullable(schemas.get(id));
    }

    @Override
    public synchronized List<SubjectVersion> versions(String subject) {
        return versions.stream().filter(v -> v.subject().equals(subject))
                .sorted(Comparator.comparingInt(SubjectVersion::version)).toList();
    }

    @Override
    public synchronized void addVersion(SubjectVersion version) {
        versions.add(version);
    }

    @Override
    public synchronized void markDeleted(String subject, int version) {
        versions.replaceAll(v -> v.subject().equals(subject) && v.version() == version
                ? new SubjectVersion(subject, version, v.schemaId(), true) : v);
    }

    @Override
    public synchronized void remove(String subject, int version) {
        versions.removeIf(v -> v.subject().equals(subject) && v.version() == version);
    }

    @Override
    public synchronized List<SubjectVersion> versionsUsing(int schemaId) {
        return versions.stream().filter(v -> v.schemaId() == schemaId)
                .sorted(Comparator.comparing(SubjectVersion::subject).thenComparingInt(SubjectVersion::version))
                .toList();
    }

    @Override
    public synchronized List<String> subjects(boolean includeDeleted) {
        return versions.stream().filter(v -> includeDeleted || !v.deleted())
                .map(SubjectVersion::subject).distinct().sorted().toList();
    }
}
