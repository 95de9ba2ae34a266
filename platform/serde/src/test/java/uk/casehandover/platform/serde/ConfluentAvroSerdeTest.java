package uk.casehandover.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.casehandover.platform.serde.SampleHandovers.aGenericSampleHandover;
import static uk.casehandover.platform.serde.SampleHandovers.aSampleHandover;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import uk.casehandover.platform.serde.testing.v1.SampleHandover;

class ConfluentAvroSerdeTest {

    private static final String TOPIC = "police.to.cps";

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final ConfluentAvroSerializer serializer = new ConfluentAvroSerializer(registry);
    private final ConfluentAvroDeserializer genericDeserializer = new ConfluentAvroDeserializer(registry);
    private final ConfluentAvroDeserializer specificDeserializer = new ConfluentAvroDeserializer(registry,
            new ConfluentAvroSerdeConfig(true, false, true, new TopicRecordNameStrategy()));

    @Test
    void writesTheConfluentFrameWithTheRegisteredIdUnderTheTopicRecordSubject() {
        // when
        byte[] bytes = serializer.serialize(TOPIC, aSampleHandover());

        // then
        int id = registry.lookup(TOPIC + "-uk.casehandover.platform.serde.testing.v1.SampleHandover",
                SampleHandover.SCHEMA$).id();
        assertThat(bytes[0]).isEqualTo(WireFormat.MAGIC_BYTE);
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
    }

    @Test
    void roundTripsASpecificRecordIntoItsGeneratedClass() {
        // given
        SampleHandover sent = aSampleHandover();

        // when
        Object received = specificDeserializer.deserialize(TOPIC, serializer.serialize(TOPIC, sent));

        // then
        assertThat(received).isInstanceOf(SampleHandover.class).isEqualTo(sent);
        assertThat(((SampleHandover) received).getOccurredAt()).isEqualTo(SampleHandovers.OCCURRED_AT);
    }

    @Test
    void roundTripsAGenericRecordIntoAGenericRecord() {
        // given
        GenericRecord sent = aGenericSampleHandover();

        // when
        Object received = genericDeserializer.deserialize(TOPIC, serializer.serialize(TOPIC, sent));

        // then
        assertThat(received).isInstanceOf(GenericData.Record.class);
        GenericRecord record = (GenericRecord) received;
        assertThat(record.get("urn").toString()).isEqualTo("01ZD0304208");
        assertThat(record.get("documentCount")).isEqualTo(3);
        assertThat(record.get("occurredAt")).isEqualTo(SampleHandovers.OCCURRED_AT.toEpochMilli());
        assertThat(record.get("note")).isNull();
    }

    @Test
    void readsAGenericRecordIntoTheGeneratedClassWhenSpecificReaderIsOn() {
        // when
        Object received = specificDeserializer.deserialize(TOPIC, serializer.serialize(TOPIC, aGenericSampleHandover()));

        // then
        assertThat(received).isInstanceOf(SampleHandover.class);
        assertThat(((SampleHandover) received).getOffenceCodes()).containsExactly("SX03001");
    }

    @Test
    void stampsTheEventTypeHeaderWithTheRecordFullName() {
        // given
        RecordHeaders headers = new RecordHeaders();
        headers.add(EventHeaders.EVENT_TYPE, "stale".getBytes(StandardCharsets.UTF_8));

        // when
        serializer.serialize(TOPIC, headers, aSampleHandover());

        // then
        assertThat(headers.headers(EventHeaders.EVENT_TYPE)).hasSize(1);
        assertThat(new String(headers.lastHeader(EventHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8))
                .isEqualTo("uk.casehandover.platform.serde.testing.v1.SampleHandover");
    }

    @Test
    void callsTheRegistryOnlyOnTheFirstUseOfASchema() {
        // given
        byte[] first = serializer.serialize(TOPIC, aSampleHandover());
        genericDeserializer.deserialize(TOPIC, first);
        int callsAfterFirstUse = registry.calls.get();

        // when
        for (int i = 0; i < 100; i++) {
            genericDeserializer.deserialize(TOPIC, serializer.serialize(TOPIC, aSampleHandover()));
        }

        // then
        assertThat(registry.calls.get()).isEqualTo(callsAfterFirstUse);
    }

    @Test
    void looksUpInsteadOfRegisteringWhenAutoRegisterIsOff() {
        // given
        ConfluentAvroSerializer lookupOnly = new ConfluentAvroSerializer(registry,
                new ConfluentAvroSerdeConfig(false, false, false, new TopicRecordNameStrategy()));

        // then
        assertThatThrownBy(() -> lookupOnly.serialize(TOPIC, aSampleHandover()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("look up the schema of uk.casehandover.platform.serde.testing.v1.SampleHandover")
                .hasMessageContaining("subject " + TOPIC + "-uk.casehandover.platform.serde.testing.v1.SampleHandover")
                .hasMessageContaining("40401");
        assertThat(registry.subjects()).isEmpty();
    }

    @Test
    void usesTheLatestRegisteredIdWhenUseLatestVersionIsOn() {
        // given
        String subject = TOPIC + "-uk.casehandover.platform.serde.testing.v1.SampleHandover";
        int id = registry.register(subject, SampleHandover.SCHEMA$);
        ConfluentAvroSerializer latest = new ConfluentAvroSerializer(registry,
                new ConfluentAvroSerdeConfig(false, true, false, new TopicRecordNameStrategy()));

        // when
        byte[] bytes = latest.serialize(TOPIC, aSampleHandover());

        // then
        assertThat(WireFormat.read(bytes, RecordLocation.unknown()).schemaId()).isEqualTo(id);
    }

    @Test
    void refusesALatestVersionThatDiffersFromTheRecordSchema() {
        // given
        String subject = TOPIC + "-uk.casehandover.platform.serde.testing.v1.SampleHandover";
        Schema other = SchemaBuilder.record("SampleHandover").namespace("uk.casehandover.platform.serde.testing.v1")
                .fields().requiredString("eventId").endRecord();
        registry.register(subject, other);
        ConfluentAvroSerializer latest = new ConfluentAvroSerializer(registry,
                new ConfluentAvroSerdeConfig(false, true, false, new TopicRecordNameStrategy()));

        // then
        assertThatThrownBy(() -> latest.serialize(TOPIC, aSampleHandover()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("latest schema of subject " + subject)
                .hasMessageContaining("differs from the record's schema");
    }

    @Test
    void refusesAPlainStringAndPointsKeysToTheStringSerializer() {
        // given
        serializer.configure(Map.of(), true);

        // then
        assertThatThrownBy(() -> serializer.serialize(TOPIC, "01ZD0304208"))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("writes Avro records only; got a java.lang.String")
                .hasMessageContaining("StringSerializer");
    }

    @Test
    void namesTheRecordAndFieldWhenARequiredFieldIsMissing() {
        // given
        GenericRecord incomplete = aGenericSampleHandover();
        incomplete.put("urn", null);

        // then
        assertThatThrownBy(() -> serializer.serialize(TOPIC, incomplete))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Could not write uk.casehandover.platform.serde.testing.v1.SampleHandover")
                .hasMessageContaining("urn");
    }

    @Test
    void withholdsAvroMessagesThatWouldQuoteRecordData() {
        // given
        GenericRecord wrongType = aGenericSampleHandover();
        wrongType.put("note", 4242);

        // then
        assertThatThrownBy(() -> serializer.serialize(TOPIC, wrongType))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("message withheld")
                .hasMessageNotContaining("4242")
                .hasNoCause();
    }

    @Test
    void registersUnderEachTopicsSubjectWhenTheSameEventAlternatesBetweenTopics() {
        // when
        serializer.serialize(TOPIC, aSampleHandover());
        byte[] other = serializer.serialize("police.to.isva", aSampleHandover());
        serializer.serialize(TOPIC, aSampleHandover());

        // then
        int id = registry.lookup("police.to.isva-uk.casehandover.platform.serde.testing.v1.SampleHandover",
                SampleHandover.SCHEMA$).id();
        assertThat(ByteBuffer.wrap(other, 1, 4).getInt()).isEqualTo(id);
    }

    @Test
    void writesTheSameBytesAfterAWriteThatFailedPartWay() {
        // given: the bad field comes after five good ones, so part of the record was already encoded when it failed
        byte[] before = serializer.serialize(TOPIC, aSampleHandover());
        GenericRecord failsLate = aGenericSampleHandover();
        failsLate.put("offenceCodes", List.of(4242));
        assertThatThrownBy(() -> serializer.serialize(TOPIC, failsLate)).isInstanceOf(SerializationException.class);

        // when
        byte[] after = serializer.serialize(TOPIC, aSampleHandover());

        // then
        assertThat(after).isEqualTo(before);
    }

    @Test
    void writesSmallRecordsExactlyAfterAVeryLargeOne() {
        // given
        byte[] small = serializer.serialize(TOPIC, aSampleHandover());
        SampleHandover large = aSampleHandover();
        large.setNote("x".repeat(200_000));

        // when
        byte[] largeBytes = serializer.serialize(TOPIC, large);
        byte[] smallAgain = serializer.serialize(TOPIC, aSampleHandover());

        // then
        assertThat(specificDeserializer.deserialize(TOPIC, largeBytes)).isEqualTo(large);
        assertThat(smallAgain).isEqualTo(small);
    }

    @Test
    void passesNullThroughAsATombstone() {
        assertThat(serializer.serialize(TOPIC, null)).isNull();
        assertThat(genericDeserializer.deserialize(TOPIC, (byte[]) null)).isNull();
    }

    @Test
    void rejectsTruncatedAvroData() {
        // given
        byte[] whole = serializer.serialize(TOPIC, aSampleHandover());
        byte[] truncated = Arrays.copyOf(whole, whole.length - 3);

        // then
        assertThatThrownBy(() -> genericDeserializer.deserialize(truncated, RecordLocation.of(TOPIC, 0, 17L)))
                .isInstanceOfSatisfying(WireFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(WireFormatException.Reason.TRUNCATED_AVRO_DATA))
                .hasMessageContaining("ends before the record of schema id")
                .hasMessageContaining("(topic " + TOPIC + ", partition 0, offset 17)");
    }

    @Test
    void rejectsAHeaderWithNoAvroDataAfterIt() {
        // given
        byte[] whole = serializer.serialize(TOPIC, aSampleHandover());
        byte[] headerOnly = Arrays.copyOf(whole, WireFormat.HEADER_LENGTH);

        // then
        assertThatThrownBy(() -> genericDeserializer.deserialize(TOPIC, headerOnly))
                .isInstanceOfSatisfying(WireFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(WireFormatException.Reason.TRUNCATED_AVRO_DATA));
    }

    @Test
    void rejectsBytesLeftOverAfterTheRecord() {
        // given
        byte[] whole = serializer.serialize(TOPIC, aSampleHandover());
        byte[] padded = Arrays.copyOf(whole, whole.length + 2);

        // then
        assertThatThrownBy(() -> genericDeserializer.deserialize(TOPIC, padded))
                .isInstanceOfSatisfying(WireFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(WireFormatException.Reason.TRAILING_BYTES));
    }

    @Test
    void rejectsAnUnknownMagicByteWithTheTopic() {
        // given
        byte[] bytes = serializer.serialize(TOPIC, aSampleHandover());
        bytes[0] = 2;

        // then
        assertThatThrownBy(() -> genericDeserializer.deserialize(TOPIC, bytes))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("Unknown magic byte 0x02")
                .hasMessageContaining("topic " + TOPIC);
    }

    @Test
    void rejectsASchemaIdTheRegistryDoesNotKnow() {
        // given
        byte[] unknownId = WireFormat.frame(9999, new byte[] {2, 65});

        // then
        assertThatThrownBy(() -> genericDeserializer.deserialize(TOPIC, unknownId))
                .isInstanceOfSatisfying(UnknownSchemaIdException.class, e -> assertThat(e.schemaId()).isEqualTo(9999))
                .hasMessageContaining("schema id 9999, which the schema registry does not know");
    }

    @Test
    void explainsAMissingGeneratedClassWhenSpecificReaderIsOn() {
        // given
        Schema unknownClass = SchemaBuilder.record("NoSuchEvent").namespace("uk.casehandover.nowhere.v1")
                .fields().requiredString("eventId").endRecord();
        GenericRecord record = new GenericData.Record(unknownClass);
        record.put("eventId", "e-1");
        byte[] bytes = serializer.serialize(TOPIC, record);

        // then
        assertThatThrownBy(() -> specificDeserializer.deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("specific.avro.reader is true but the generated class "
                        + "uk.casehandover.nowhere.v1.NoSuchEvent");
    }

    @Test
    void serializesAndDeserializesFromManyThreadsAtOnce() throws Exception {
        // given
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Boolean>> tasks = IntStream.range(0, 200).<Callable<Boolean>>mapToObj(i -> () -> {
            SampleHandover sent = SampleHandover.newBuilder(aSampleHandover()).setDocumentCount(i).build();
            return specificDeserializer.deserialize(TOPIC, serializer.serialize(TOPIC, sent)).equals(sent);
        }).toList();

        // when
        List<Future<Boolean>> results = pool.invokeAll(tasks);
        pool.shutdown();

        // then
        for (Future<Boolean> result : results) {
            assertThat(result.get()).isTrue();
        }
    }

    @Test
    void failsClearlyWhenUsedWithoutConfiguration() {
        assertThatThrownBy(() -> new ConfluentAvroSerializer().serialize(TOPIC, aSampleHandover()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("schema.registry.url");
    }
}
