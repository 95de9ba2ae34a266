package uk.casehandover.platform.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro records ({@link SpecificRecord} or {@link org.apache.avro.generic.GenericRecord}) in the Confluent
 * wire format, registering or looking up their schema under the configured subject, and stamps the
 * {@value EventHeaders#EVENT_TYPE} header with the record's full name. After the first record of a schema, no
 * registry call is made. Plain keys (URNs) are not its job: use Kafka's {@code StringSerializer}. Thread-safe.
 */
public class ConfluentAvroSerializer implements Serializer<Object> {

    private record SubjectSchema(String subject, Schema schema) {
    }

    private record Target(int id, Schema writerSchema) {
    }

    private record WriterKey(Schema schema, Class<?> datumClass) {
    }

    /** The last record's topic, schema and class, and what the caches gave for them. */
    private record Last(String topic, Schema schema, Class<?> datumClass, Target target, DatumWriter<Object> writer) {
        boolean matches(String topic, Schema schema, Class<?> datumClass) {
            return this.schema == schema && this.datumClass == datumClass && this.topic.equals(topic);
        }
    }

    /**
     * One per thread: the bytes of the record being written and a buffered encoder bound to them, both reused, so a
     * record costs one exact-size copy (the array Kafka keeps) instead of a fresh, twice-grown stream and a
     * synchronized write per primitive. A failed write discards the thread's scratch (its encoder may hold part of
     * the failed record); one grown past {@link #KEEP_AT_MOST} bytes is not kept, so a rare huge record does not pin
     * its memory to the thread.
     */
    private static final ThreadLocal<ScratchBuffer> SCRATCH = ThreadLocal.withInitial(ScratchBuffer::new);

    private SchemaRegistryClient client;
    private ConfluentAvroSerdeConfig config = ConfluentAvroSerdeConfig.defaults();
    private boolean isKey;
    private BoundedCache<SubjectSchema, Target> targets = new BoundedCache<>(1000);
    private final BoundedCache<WriterKey, DatumWriter<Object>> writers = new BoundedCache<>(1000);
    /**
     * A producer mostly sends one event type to one topic in a row: then the subject name, the two cache keys and
     * the two synchronized cache lookups are skipped. Same results as the caches (it holds what they returned).
     */
    private volatile Last last;

    /** For Kafka, which calls {@link #configure(Map, boolean)} with {@code schema.registry.url} and friends. */
    public ConfluentAvroSerializer() {
    }

    /** With a given client; {@link #configure(Map, boolean)} is then optional and ignores registry settings. */
    public ConfluentAvroSerializer(SchemaRegistryClient client) {
        this.client = client;
    }

    public ConfluentAvroSerializer(SchemaRegistryClient client, ConfluentAvroSerdeConfig config) {
        this.client = client;
        this.config = config;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
        this.config = ConfluentAvroSerdeConfig.fromConfigs(configs, isKey);
        this.last = null;
        if (client == null) {
            SchemaRegistryClientConfig registry = SchemaRegistryClientConfig.fromConfigs(configs);
            client = CachedSchemaRegistryClient.of(registry);
            targets = new BoundedCache<>(registry.cacheCapacity());
        }
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        return serialize(topic, null, data);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, Object data) {
        if (data == null) {
            return null;
        }
        if (client == null) {
            throw new IllegalStateException("ConfluentAvroSerializer is not configured: give it "
                    + ConfluentAvroSerdeConfig.SCHEMA_REGISTRY_URL + " or a SchemaRegistryClient");
        }
        Schema schema = schemaOf(data, topic);
        Last cached = last;
        if (cached == null || !cached.matches(topic, schema, data.getClass())) {
            Target target = target(topic, schema);
            cached = new Last(topic, schema, data.getClass(), target, writer(target, data));
            last = cached;
        }
        byte[] bytes = encode(topic, cached.target(), cached.writer(), data);
        if (headers != null && !isKey && schema.getType() == Schema.Type.RECORD) {
            headers.remove(EventHeaders.EVENT_TYPE);
            headers.add(EventHeaders.EVENT_TYPE, schema.getFullName().getBytes(StandardCharsets.UTF_8));
        }
        return bytes;
    }

    private Schema schemaOf(Object data, String topic) {
        if (data instanceof GenericContainer container) {
            return container.getSchema();
        }
        throw new SerializationException("ConfluentAvroSerializer writes Avro records only; got a "
                + data.getClass().getName() + " for topic " + topic
                + (isKey ? " (plain string keys such as URNs take Kafka's StringSerializer)" : ""));
    }

    private Target target(String topic, Schema schema) {
        String subject = config.subjectNameStrategy().subjectName(topic, isKey, schema);
        return targets.get(new SubjectSchema(subject, schema), key -> {
            try {
                if (config.useLatestVersion()) {
                    return latest(subject, schema);
                }
                if (config.autoRegisterSchemas()) {
                    return new Target(client.register(subject, schema), schema);
                }
                return new Target(client.lookup(subject, schema).id(), schema);
            } catch (SchemaRegistryException e) {
                throw new SerializationException("Could not " + (config.autoRegisterSchemas() ? "register" : "look up")
                        + " the schema of " + schema.getFullName() + " under subject " + subject + ": "
                        + e.getMessage(), e);
            }
        });
    }

    /** The latest registered schema is the writer schema; it must be the record's schema up to docs and order-free detail. */
    private Target latest(String subject, Schema schema) {
        RegisteredSchema latest = client.latest(subject);
        Schema latestSchema = new Schema.Parser().parse(latest.schema());
        if (!SchemaNormalization.toParsingForm(latestSchema).equals(SchemaNormalization.toParsingForm(schema))) {
            throw new SerializationException("use.latest.version is set but the latest schema of subject " + subject
                    + " (version " + latest.version() + ", id " + latest.id() + ") differs from the record's schema "
                    + schema.getFullName());
        }
        return new Target(latest.id(), schema);
    }

    private DatumWriter<Object> writer(Target target, Object data) {
        return writers.get(new WriterKey(target.writerSchema(), data.getClass()), key -> writerFor(key.schema(), data));
    }

    private byte[] encode(String topic, Target target, DatumWriter<Object> writer, Object data) {
        ScratchBuffer scratch = SCRATCH.get();
        try {
            byte[] bytes = scratch.write(target.id(), writer, data);
            if (scratch.oversized()) {
                SCRATCH.remove();
            }
            return bytes;
        } catch (IOException e) {
            SCRATCH.remove();
            throw new SerializationException("Could not write " + target.writerSchema().getFullName() + " for topic "
                    + topic, e);
        } catch (NullPointerException | ClassCastException e) {
            SCRATCH.remove();
            throw new SerializationException("Could not write " + target.writerSchema().getFullName() + " for topic "
                    + topic + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            SCRATCH.remove();
            // Avro's other messages (unions, enums) quote the offending value, which may be personal data.
            throw new SerializationException("Could not write " + target.writerSchema().getFullName() + " for topic "
                    + topic + ": " + e.getClass().getSimpleName() + " (Avro's message withheld: it may quote record data)");
        }
    }

    private static final class ScratchBuffer {

        private static final int KEEP_AT_MOST = 64 * 1024;

        private final Output out = new Output();
        private final BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);

        byte[] write(int schemaId, DatumWriter<Object> writer, Object data) throws IOException {
            out.reset();
            out.write(WireFormat.MAGIC_BYTE);
            out.write(schemaId >>> 24);
            out.write(schemaId >>> 16);
            out.write(schemaId >>> 8);
            out.write(schemaId);
            writer.write(data, encoder);
            encoder.flush();
            return out.toByteArray();
        }

        boolean oversized() {
            return out.capacity() > KEEP_AT_MOST;
        }
    }

    /** A {@link ByteArrayOutputStream} that says how big its array has grown; only ever used by one thread. */
    private static final class Output extends ByteArrayOutputStream {

        Output() {
            super(1024);
        }

        int capacity() {
            return buf.length;
        }
    }

    @SuppressWarnings("unchecked")
    private static DatumWriter<Object> writerFor(Schema schema, Object data) {
        if (data instanceof SpecificRecord) {
            return new SpecificDatumWriter<>(schema, SpecificData.getForClass(data.getClass()));
        }
        return new GenericDatumWriter<>(schema, GenericData.get());
    }

    @Override
    public void close() {
        // the HTTP client holds no resources that need closing
    }
}
