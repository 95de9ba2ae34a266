package uk.casehandover.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import uk.casehandover.platform.serde.CachedSchemaRegistryClient;
import uk.casehandover.platform.serde.ConfluentAvroDeserializer;
import uk.casehandover.platform.serde.ConfluentAvroSerdeConfig;
import uk.casehandover.platform.serde.ConfluentAvroSerializer;
import uk.casehandover.platform.serde.SchemaRegistryClient;
import uk.casehandover.platform.serde.WireFormat;
import uk.casehandover.police.v1.CaseFileSubmitted;
import uk.casehandover.schemas.fixtures.SampleEvents;

/**
 * Our Confluent serde against bare Avro, for one realistic event (a {@code CaseFileSubmitted} with its manifest)
 * whose schema is already cached: {@code confluentSerialize / avroEncode} and {@code confluentDeserialize / avroDecode}
 * are the overheads of the wire format, the caches and the per-call allocations. Defaults below are overridable on
 * the command line ({@code -f -wi -w -i -r}); see docs/benchmarks.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=uk.casehandover")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class SerdeBenchmark {

    static final String TOPIC = "police.to.cps";

    CaseFileSubmitted event;

    SpecificDatumWriter<CaseFileSubmitted> writer;
    ByteArrayOutputStream buffer;
    BinaryEncoder encoder;

    SpecificDatumReader<CaseFileSubmitted> reader;
    BinaryDecoder decoder;
    byte[] avroBytes;

    ConfluentAvroSerializer serializer;
    ConfluentAvroDeserializer deserializer;
    byte[] wireBytes;

    @Setup
    public void setUp() throws IOException {
        event = SampleEvents.aCaseFileSubmitted().build();

        writer = new SpecificDatumWriter<>(CaseFileSubmitted.class);
        buffer = new ByteArrayOutputStream(1024);
        reader = new SpecificDatumReader<>(CaseFileSubmitted.class);
        encodeIntoBuffer();
        avroBytes = buffer.toByteArray();

        SchemaRegistryClient registry = new CachedSchemaRegistryClient(new InMemorySchemaRegistryClient(), 1000);
        serializer = new ConfluentAvroSerializer(registry);
        serializer.configure(Map.of(), false);
        deserializer = new ConfluentAvroDeserializer(registry);
        deserializer.configure(Map.of(ConfluentAvroSerdeConfig.SPECIFIC_AVRO_READER, "true"), false);
        // The first call registers the schema and fills the caches; everything measured afterwards is cached.
        wireBytes = serializer.serialize(TOPIC, event);

        byte[] payload = Arrays.copyOfRange(wireBytes, WireFormat.HEADER_LENGTH, wireBytes.length);
        if (!Arrays.equals(payload, avroBytes)) {
            throw new IllegalStateException("the serializer's payload differs from bare Avro's bytes");
        }
        if (!event.equals(decode()) || !event.equals(deserializer.deserialize(TOPIC, wireBytes))) {
            throw new IllegalStateException("a decoded event differs from the one encoded");
        }
    }

    /** Baseline: Avro binary into a reused buffer, reused writer and encoder. */
    @Benchmark
    public void avroEncode(Blackhole blackhole) throws IOException {
        encodeIntoBuffer();
        blackhole.consume(buffer);
    }

    /** Ours, schema id cached: header + id, Avro binary, a fresh byte[] per record (Kafka keeps it). */
    @Benchmark
    public void confluentSerialize(Blackhole blackhole) {
        blackhole.consume(serializer.serialize(TOPIC, event));
    }

    /** Baseline: Avro binary to a new record, reused reader and decoder. */
    @Benchmark
    public void avroDecode(Blackhole blackhole) throws IOException {
        blackhole.consume(decode());
    }

    /** Ours, writer schema cached by id: header check, reader lookup, Avro binary, trailing-bytes check. */
    @Benchmark
    public void confluentDeserialize(Blackhole blackhole) {
        blackhole.consume(deserializer.deserialize(TOPIC, wireBytes));
    }

    private void encodeIntoBuffer() throws IOException {
        buffer.reset();
        encoder = EncoderFactory.get().binaryEncoder(buffer, encoder);
        writer.write(event, encoder);
        encoder.flush();
    }

    private CaseFileSubmitted decode() throws IOException {
        decoder = DecoderFactory.get().binaryDecoder(avroBytes, decoder);
        return reader.read(null, decoder);
    }
}
