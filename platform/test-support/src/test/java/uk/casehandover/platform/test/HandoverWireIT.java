package uk.casehandover.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.casehandover.schemas.fixtures.SampleEvents.aCaseFileSubmitted;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.casehandover.police.v1.CaseFileSubmitted;
import uk.casehandover.schemas.Topics;

/**
 * Sends and reads back on the real broker. This module cannot have platform-serde (whose tests use it), so values
 * travel as the record's full name and its Avro binary; the services' tests cover the Confluent serde through it.
 */
@RealPlatformTest
public class HandoverWireIT {

    private static HandoverWire wire;

    @BeforeAll
    static void wire(RealPlatform platform) {
        wire = new HandoverWire(platform.kafkaAdminProperties(), platform.schemaRegistryUrl(),
                NamedAvroSerializer.class.getName(), NamedAvroDeserializer.class.getName());
    }

    @AfterAll
    static void close() {
        wire.close();
    }

    @Test
    void anEventIsSentKeyedByItsUrnWithItsHeadersAndReadBackForThatUrnOnly() {
        String urn = aNewUrn();
        CaseFileSubmitted file = aCaseFileSubmitted().withUrn(urn).build();
        CaseFileSubmitted other = aCaseFileSubmitted().withUrn(aNewUrn()).build();

        try (HandoverWire.Reader reader = wire.reader(Topics.POLICE_TO_CPS)) {
            wire.send(Topics.POLICE_TO_CPS, file);
            wire.send(Topics.POLICE_TO_CPS, other);

            List<ConsumerRecord<String, Object>> read = await().atMost(Duration.ofSeconds(30))
                    .until(() -> reader.about(urn), records -> !records.isEmpty());
            assertThat(read).hasSize(1);
            assertThat(read.get(0).value()).isEqualTo(file);
            assertThat(HandoverWire.header(read.get(0), Topics.HEADER_EVENT_ID))
                    .isEqualTo(file.getMetadata().getEventId().toString());
            assertThat(HandoverWire.header(read.get(0), Topics.HEADER_EVENT_TYPE))
                    .isEqualTo(CaseFileSubmitted.getClassSchema().getFullName());
            assertThat(reader.eventsAbout(urn, CaseFileSubmitted.class)).containsExactly(file);
        }
    }

    @Test
    void rawBytesRoundTripByKey(RealPlatform platform) {
        String urn = aNewUrn();
        String topic = platform.newTopic("handover-wire-raw", 3);

        try (HandoverWire.Reader reader = wire.rawReader(topic)) {
            wire.sendRaw(topic, urn, new byte[] {0, 1, 2});
            wire.sendMalformed(topic, urn);
            wire.sendRaw(topic, aNewUrn(), new byte[] {9});

            List<ConsumerRecord<String, Object>> read = await().atMost(Duration.ofSeconds(30))
                    .until(() -> reader.about(urn), records -> records.size() >= 2);
            assertThat(read).hasSize(2);
            assertThat((byte[]) read.get(0).value()).containsExactly(0, 1, 2);
            assertThat((byte[]) read.get(1).value()).containsExactly(7, 0, 0, 0, 1, 2, 3);
        }
    }

    @Test
    void aReaderOfATopicThatDoesNotExistYetSeesNothing() {
        try (HandoverWire.Reader reader = wire.rawReader("handover-wire-not-yet-" + aNewUrn())) {
            assertThat(reader.about("01ZD0304208")).isEmpty();
        }
    }

    private static String aNewUrn() {
        return "01ZW" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** The record's full name, a newline, then its Avro binary. */
    public static final class NamedAvroSerializer implements Serializer<Object> {
        @Override
        public byte[] serialize(String topic, Object data) {
            SpecificRecord record = (SpecificRecord) data;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                out.write((record.getSchema().getFullName() + "\n").getBytes(StandardCharsets.UTF_8));
                BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
                new SpecificDatumWriter<SpecificRecord>(record.getSchema()).write(record, encoder);
                encoder.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    /** Reads what {@link NamedAvroSerializer} wrote. */
    public static final class NamedAvroDeserializer implements Deserializer<Object> {
        @Override
        public Object deserialize(String topic, byte[] data) {
            int newline = 0;
            while (data[newline] != '\n') {
                newline++;
            }
            try {
                Class<?> type = Class.forName(new String(data, 0, newline, StandardCharsets.UTF_8));
                Schema schema = SpecificData.get().getSchema(type);
                byte[] body = Arrays.copyOfRange(data, newline + 1, data.length);
                BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(body, null);
                return new SpecificDatumReader<>(schema).read(null, decoder);
            } catch (ClassNotFoundException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
