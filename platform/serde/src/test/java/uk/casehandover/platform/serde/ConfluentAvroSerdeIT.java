package uk.casehandover.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static uk.casehandover.platform.serde.SampleHandovers.aGenericSampleHandover;
import static uk.casehandover.platform.serde.SampleHandovers.aSampleHandover;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import uk.casehandover.platform.serde.testing.v1.SampleHandover;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;

/** Records through the real broker and the real registry, configured the way a Kafka client configures them. */
@RealPlatformTest
class ConfluentAvroSerdeIT {

    private static final String URN = "01ZD0304208";

    private final RealPlatform platform;

    ConfluentAvroSerdeIT(RealPlatform platform) {
        this.platform = platform;
    }

    @Test
    void aSpecificRecordProducedThroughTheBrokerIsReadBackAsItsGeneratedClass() {
        // given
        String topic = platform.newTopic("police.to.cps");
        SampleHandover sent = aSampleHandover();

        // when
        try (KafkaProducer<String, Object> producer = producer(Map.of())) {
            producer.send(new ProducerRecord<>(topic, URN, sent));
        }

        // then
        ConsumerRecord<String, Object> received = consumeOne(topic, Map.of("specific.avro.reader", "true"));
        assertThat(received.key()).isEqualTo(URN);
        assertThat(received.value()).isInstanceOf(SampleHandover.class).isEqualTo(sent);
        assertThat(new String(received.headers().lastHeader(EventHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8))
                .isEqualTo(SampleHandover.SCHEMA$.getFullName());
        assertThat(HttpSchemaRegistryClient.of(platform.schemaRegistryUrl()).subjects())
                .contains(topic + "-" + SampleHandover.SCHEMA$.getFullName());
    }

    @Test
    void aGenericRecordProducedThroughTheBrokerIsReadBackWithEqualFields() {
        // given
        String topic = platform.newTopic("police.to.cps");
        GenericRecord sent = aGenericSampleHandover();

        // when
        try (KafkaProducer<String, Object> producer = producer(Map.of())) {
            producer.send(new ProducerRecord<>(topic, URN, sent));
        }

        // then
        GenericRecord received = (GenericRecord) consumeOne(topic, Map.of()).value();
        assertThat(received.get("eventId").toString()).isEqualTo(sent.get("eventId"));
        assertThat(received.get("occurredAt")).isEqualTo(sent.get("occurredAt"));
        assertThat(received.get("documentCount")).isEqualTo(sent.get("documentCount"));
        assertThat(received.get("offenceCodes").toString()).isEqualTo("[SX03001]");
    }

    @Test
    void aRecordThatIsNotInTheWireFormatStopsTheConsumerWithItsPartitionOffsetAndReason() {
        // given
        String topic = platform.newTopic("police.to.cps");
        produceRaw(topic, new byte[] {7, 0, 0, 0, 1, 2, 3});

        // then
        assertThatThrownBy(() -> consumeOne(topic, Map.of()))
                .isInstanceOfSatisfying(RecordDeserializationException.class, e -> {
                    assertThat(e.topicPartition().topic()).isEqualTo(topic);
                    assertThat(e.offset()).isZero();
                    assertThat(e.getCause()).isInstanceOfSatisfying(WireFormatException.class,
                            cause -> assertThat(cause.reason()).isEqualTo(WireFormatException.Reason.UNKNOWN_MAGIC_BYTE));
                });
    }

    @Test
    void aRecordNamingASchemaIdTheRegistryDoesNotKnowIsAClearError() {
        // given
        String topic = platform.newTopic("police.to.cps");
        produceRaw(topic, WireFormat.frame(Integer.MAX_VALUE - 1, new byte[] {2, 65}));

        // then
        assertThatThrownBy(() -> consumeOne(topic, Map.of()))
                .isInstanceOf(RecordDeserializationException.class)
                .cause()
                .isInstanceOf(UnknownSchemaIdException.class)
                .hasMessageContaining("schema id " + (Integer.MAX_VALUE - 1));
    }

    @Test
    void aProducerThatMayNotRegisterRefusesASchemaTheRegistryHasNotSeen() {
        // given
        String topic = platform.newTopic("police.to.cps");

        // then
        try (KafkaProducer<String, Object> producer = producer(Map.of("auto.register.schemas", "false"))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic, URN, aSampleHandover())))
                    .isInstanceOf(SerializationException.class)
                    .hasMessageContaining("look up the schema of " + SampleHandover.SCHEMA$.getFullName())
                    .hasMessageContaining("40401");
        }
    }

    private KafkaProducer<String, Object> producer(Map<String, Object> extra) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ConfluentAvroSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all",
                "schema.registry.url", platform.schemaRegistryUrl()));
        config.putAll(extra);
        config.putAll(platform.kafkaAdminProperties());
        return new KafkaProducer<>(config);
    }

    private void produceRaw(String topic, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(asAdmin(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)))) {
            producer.send(new ProducerRecord<>(topic, URN, value));
        }
    }

    /** The harness's client settings: these, as the broker's super user. */
    private Map<String, Object> asAdmin(Map<String, Object> settings) {
        Map<String, Object> config = new java.util.HashMap<>(platform.kafkaAdminProperties());
        config.putAll(settings);
        return config;
    }

    private ConsumerRecord<String, Object> consumeOne(String topic, Map<String, Object> extra) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "serde-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ConfluentAvroDeserializer.class,
                "schema.registry.url", platform.schemaRegistryUrl()));
        config.putAll(extra);
        config.putAll(platform.kafkaAdminProperties());
        List<ConsumerRecord<String, Object>> received = new ArrayList<>();
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return !received.isEmpty();
            });
        }
        return received.get(0);
    }
}
