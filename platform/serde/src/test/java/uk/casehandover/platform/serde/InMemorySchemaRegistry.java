package uk.casehandover.platform.serde;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A small in-memory registry for unit tests of the serializers; counts the calls that reach it. */
final class InMemorySchemaRegistry implements SchemaRegistryClient {

    final AtomicInteger calls = new AtomicInteger();
    private final Map<String, Integer> idsBySchema = new LinkedHashMap<>();
    private final Map<Integer, String> schemasById = new LinkedHashMap<>();
    private final Map<String, List<Integer>> idsBySubject = new LinkedHashMap<>();

    @Override
    public synchronized int register(String subject, String schema) {
        calls.incrementAndGet();
        int id = idsBySchema.computeIfAbsent(schema, s -> idsBySchema.size() + 1);
        schemasById.put(id, schema);
        List<Integer> ids = idsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
        if (!ids.contains(id)) {
            ids.add(id);
        }
        return id;
    }

    @Override
    public synchronized RegisteredSchema lookup(String subject, String schema) {
        calls.incrementAndGet();
        List<Integer> ids = idsBySubject.get(subject);
        if (ids == null) {
            throw new SchemaRegistryException(404, SchemaRegistryException.SUBJECT_NOT_FOUND, "Subject not found.");
        }
        Integer id = idsBySchema.get(schema);
        if (id == null || !ids.contains(id)) {
            throw new SchemaRegistryException(404, SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema not found");
        }
        return new RegisteredSchema(subject, id, ids.indexOf(id) + 1, schema);
    }

    @Override
    public synchronized String schemaById(int id) {
        calls.incrementAndGet();
        String schema = schemasById.get(id);
        if (schema == null) {
            throw new SchemaRegistryException(404, SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema not found");
        }
        return schema;
    }

    @Override
    public synchronized RegisteredSchema latest(String subject) {
        calls.incrementAndGet();
        List<Integer> ids = idsBySubject.get(subject);
        if (ids == null) {
            throw new SchemaRegistryException(404, SchemaRegistryException.SUBJECT_NOT_FOUND, "Subject not found.");
        }
        int id = ids.get(ids.size() - 1);
        return new RegisteredSchema(subject, id, ids.size(), schemasById.get(id));
    }

    @Override
    public RegisteredSchema version(String subject, int version) {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized List<String> subjects() {
        return List.copyOf(idsBySubject.keySet());
    }

    @Override
    public List<Integer> versions(String subject) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompatibilityResult testCompatibility(String subject, String schema) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompatibilityResult testCompatibility(String subject, String schema, int version) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String compatibility() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String compatibility(String subject) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String updateCompatibility(String level) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String updateCompatibility(String subject, String level) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String mode() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String mode(String subject) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String updateMode(String mode) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Integer> deleteSubject(String subject, boolean permanent) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int deleteVersion(String subject, int version, boolean permanent) {
        throw new UnsupportedOperationException();
    }
}
