package uk.casehandover.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import uk.casehandover.platform.serde.CompatibilityResult;
import uk.casehandover.platform.serde.RegisteredSchema;
import uk.casehandover.platform.serde.SchemaRegistryClient;

/**
 * A registry in memory, no network: enough for the serializer to register a schema and for the deserializer to
 * fetch it by id. The benchmarks wrap it in the real {@code CachedSchemaRegistryClient}, and measure only after
 * the first record, so once warmed up no call reaches it at all.
 */
final class InMemorySchemaRegistryClient implements SchemaRegistryClient {

    private final AtomicInteger nextId = new AtomicInteger(1);
    private final Map<String, Integer> idsBySchema = new ConcurrentHashMap<>();
    private final Map<Integer, String> schemasById = new ConcurrentHashMap<>();

    @Override
    public int register(String subject, String schema) {
        return idsBySchema.computeIfAbsent(schema, text -> {
            int id = nextId.getAndIncrement();
            schemasById.put(id, text);
            return id;
        });
    }

    @Override
    public RegisteredSchema lookup(String subject, String schema) {
        throw unsupported();
    }

    @Override
    public String schemaById(int id) {
        String schema = schemasById.get(id);
        if (schema == null) {
            throw new IllegalArgumentException("no schema with id " + id);
        }
        return schema;
    }

    @Override
    public RegisteredSchema latest(String subject) {
        throw unsupported();
    }

    @Override
    public RegisteredSchema version(String subject, int version) {
        throw unsupported();
    }

    @Override
    public List<String> subjects() {
        throw unsupported();
    }

    @Override
    public List<Integer> versions(String subject) {
        throw unsupported();
    }

    @Override
    public CompatibilityResult testCompatibility(String subject, String schema) {
        throw unsupported();
    }

    @Override
    public CompatibilityResult testCompatibility(String subject, String schema, int version) {
        throw unsupported();
    }

    @Override
    public String compatibility() {
        throw unsupported();
    }

    @Override
    public String compatibility(String subject) {
        throw unsupported();
    }

    @Override
    public String updateCompatibility(String level) {
        throw unsupported();
    }

    @Override
    public String updateCompatibility(String subject, String level) {
        throw unsupported();
    }

    @Override
    public String mode() {
        throw unsupported();
    }

    @Override
    public String mode(String subject) {
        throw unsupported();
    }

    @Override
    public String updateMode(String mode) {
        throw unsupported();
    }

    @Override
    public List<Integer> deleteSubject(String subject, boolean permanent) {
        throw unsupported();
    }

    @Override
    public int deleteVersion(String subject, int version, boolean permanent) {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("not needed by the serde benchmarks");
    }
}
