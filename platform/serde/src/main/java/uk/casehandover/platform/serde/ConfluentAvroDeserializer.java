package uk.casehandover.platform.serde;

import java.io.EOFException;
import java.io.IOException;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-framed Avro records: the writer schema comes from the registry by the id in the header (cached
 * after first use). With {@code specific.avro.reader=true} it returns the generated class named by the writer
 * schema, read through that class's own schema; otherwise a {@link GenericData.Record}. Malformed bytes and unknown
 * schema ids are {@link SerializationException}s that say what was wrong, never a silent skip. Thread-safe.
 */
public class ConfluentAvroDeserializer implements Deserializer<Object> {

    private SchemaRegistryClient client;
    private ConfluentAvroSerdeConfig config = ConfluentAvroSerdeConfig.defaults();
    private BoundedCache<Integer, DatumReader<Object>> readers = new BoundedCache<>(1000);

    /** For Kafka, which calls {@link #configure(Map, boolean)} with {@code schema.registry.url} and friends. */
    public ConfluentAvroDeserializer() {
    }

    public ConfluentAvroDeserializer(SchemaRegistryClient client) {
        this.client = client;
    }

    public ConfluentAvroDeserializer(SchemaRegistryClient client, ConfluentAvroSerdeConfig config) {
        this.client = client;
        this.config = config;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.config = ConfluentAvroSerdeConfig.fromConfigs(configs, isKey);
        if (client == null) {
            SchemaRegistryClientConfig registry = SchemaRegistryClientConfig.fromConfigs(configs);
            client = CachedSchemaRegistryClient.of(registry);
            readers = new BoundedCache<>(registry.cacheCapacity());
        }
    }

    @Override
    public Object deserialize(String topic, byte[] data) {
        return deserialize(data, RecordLocation.ofTopic(topic));
    }

    @Override
    public Object deserialize(String topic, Headers headers, byte[] data) {
        return deserialize(data, RecordLocation.ofTopic(topic));
    }

    /** Decodes {@code data}; errors name {@code location}. {@code null} (a tombstone) decodes to {@code null}. */
    public Object deserialize(byte[] data, RecordLocation location) {
        if (data == null) {
            return null;
        }
        if (client == null) {
            throw new IllegalStateException("ConfluentAvroDeserializer is not configured: give it "
                    + ConfluentAvroSerdeConfig.SCHEMA_REGISTRY_URL + " or a SchemaRegistryClient");
        }
        WireFormat.Framed framed = WireFormat.read(data, location);
        DatumReader<Object> reader = readers.get(framed.schemaId(), id -> readerFor(id, location));
        BinaryDecoder decoder = DecoderFactory.get()
                .binaryDecoder(framed.data(), framed.payloadOffset(), framed.payloadLength(), null);
        Object value;
        try {
            value = reader.read(null, decoder);
        } catch (EOFException e) {
            throw new WireFormatException(WireFormatException.Reason.TRUNCATED_AVRO_DATA, "Avro data of "
                    + framed.payloadLength() + " byte(s) ends before the record of schema id " + framed.schemaId()
                    + " is complete", location, e);
        } catch (IOException | RuntimeException e) {
            throw new WireFormatException(WireFormatException.Reason.MALFORMED_AVRO_DATA, "Avro data does not match"
                    + " schema id " + framed.schemaId() + ": " + e.getClass().getSimpleName(), location, e);
        }
        if (!isEnd(decoder)) {
            throw new WireFormatException(WireFormatException.Reason.TRAILING_BYTES, "Bytes remain after the record"
                    + " of schema id " + framed.schemaId() + ": the data was not written with that schema", location);
        }
        return value;
    }

    private DatumReader<Object> readerFor(int schemaId, RecordLocation location) {
        Schema writer = writerSchema(schemaId, location);
        if (!config.specificAvroReader()) {
            return new GenericDatumReader<>(writer, writer, GenericData.get());
        }
        Class<?> generated = generatedClass(writer, schemaId, location);
        SpecificData model = SpecificData.getForClass(generated);
        return new SpecificDatumReader<>(writer, model.getSchema(generated), model);
    }

    private Schema writerSchema(int schemaId, RecordLocation location) {
        String text;
        try {
            text = client.schemaById(schemaId);
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SCHEMA_NOT_FOUND || e.isNotFound()) {
                throw new UnknownSchemaIdException(schemaId, location, e);
            }
            throw new SerializationException("Could not fetch schema id " + schemaId + " from the schema registry"
                    + location.describe() + ": " + e.getMessage(), e);
        }
        return new Schema.Parser().parse(text);
    }

    private static Class<?> generatedClass(Schema writer, int schemaId, RecordLocation location) {
        String className = SpecificData.getClassName(writer);
        try {
            Class<?> type = Class.forName(className, true, classLoader());
            if (!SpecificRecord.class.isAssignableFrom(type)) {
                throw new SerializationException(className + " is not a generated Avro class (SpecificRecord)");
            }
            return type;
        } catch (ClassNotFoundException e) {
            throw new SerializationException(ConfluentAvroSerdeConfig.SPECIFIC_AVRO_READER + " is true but the "
                    + "generated class " + className + " for schema id " + schemaId + " is not on the classpath"
                    + location.describe(), e);
        }
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ConfluentAvroDeserializer.class.getClassLoader();
    }

    private static boolean isEnd(BinaryDecoder decoder) {
        try {
            return decoder.isEnd();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        // the HTTP client holds no resources that need closing
    }
}
