package uk.casehandover.platform.serde;

import java.util.List;

/**
 * Caches what never changes once the registry has said it: the schema behind a global id, and the id (and
 * registration) of a schema under a subject. Each cache is bounded (least recently used entries go first).
 * Everything else, including {@code latest}, goes to the registry every time.
 */
public final class CachedSchemaRegistryClient implements SchemaRegistryClient {

    private record SubjectSchema(String subject, String schema) {
    }

    private final SchemaRegistryClient delegate;
    private final BoundedCache<Integer, String> schemasById;
    private final BoundedCache<SubjectSchema, Integer> idsBySubjectSchema;
    private final BoundedCache<SubjectSchema, RegisteredSchema> registrations;

    public CachedSchemaRegistryClient(SchemaRegistryClient delegate, int capacity) {
        this.delegate = delegate;
        this.schemasById = new BoundedCache<>(capacity);
        this.idsBySubjectSchema = new BoundedCache<>(capacity);
        this.registrations = new BoundedCache<>(capacity);
    }

    public static CachedSchemaRegistryClient of(SchemaRegistryClientConfig config) {
        return new CachedSchemaRegistryClient(new HttpSchemaRegistryClient(config), config.cacheCapacity());
    }

    @Override
    public int register(String subject, String schema) {
        return idsBySubjectSchema.get(new SubjectSchema(subject, schema), key -> {
            int id = delegate.register(subject, schema);
            schemasById.put(id, schema);
            return id;
        });
    }

    @Override
    public RegisteredSchema lookup(String subject, String schema) {
        return registrations.get(new SubjectSchema(subject, schema), key -> {
            RegisteredSchema found = delegate.lookup(subject, schema);
            idsBySubjectSchema.put(key, found.id());
            schemasById.put(found.id(), found.schema());
            return found;
        });
    }

    @Override
    public String schemaById(int id) {
        return schemasById.get(id, delegate::schemaById);
    }

    @Override
    public RegisteredSchema latest(String subject) {
        return delegate.latest(subject);
    }

    @Override
    public RegisteredSchema version(String subject, int version) {
        return delegate.version(subject, version);
    }

    @Override
    public List<String> subjects() {
        return delegate.subjects();
    }

    @Override
    public List<Integer> versions(String subject) {
        return delegate.versions(subject);
    }

    @Override
    public CompatibilityResult testCompatibility(String subject, String schema) {
        return delegate.testCompatibility(subject, schema);
    }

    @Override
    public CompatibilityResult testCompatibility(String subject, String schema, int version) {
        return delegate.testCompatibility(subject, schema, version);
    }

    @Override
    public String compatibility() {
        return delegate.compatibility();
    }

    @Override
    public String compatibility(String subject) {
        return delegate.compatibility(subject);
    }

    @Override
    public String updateCompatibility(String level) {
        return delegate.updateCompatibility(level);
    }

    @Override
    public String updateCompatibility(String subject, String level) {
        return delegate.updateCompatibility(subject, level);
    }

    @Override
    public String mode() {
        return delegate.mode();
    }

    @Override
    public String mode(String subject) {
        return delegate.mode(subject);
    }

    @Override
    public String updateMode(String mode) {
        return delegate.updateMode(mode);
    }

    /** Deleting forgets every cached registration, so a re-registration after it is sent to the registry. */
    @Override
    public List<Integer> deleteSubject(String subject, boolean permanent) {
        List<Integer> deleted = delegate.deleteSubject(subject, permanent);
        idsBySubjectSchema.clear();
        registrations.clear();
        return deleted;
    }

    @Override
    public int deleteVersion(String subject, int version, boolean permanent) {
        int deleted = delegate.deleteVersion(subject, version, permanent);
        idsBySubjectSchema.clear();
        registrations.clear();
        return deleted;
    }
}
