package uk.casehandover.contract.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.platform.serde.ConfluentAvroDeserializer;
import uk.casehandover.platform.serde.ConfluentAvroSerializer;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;
import uk.casehandover.schemas.HandoverTopic;
import uk.casehandover.schemas.Topics;
import uk.casehandover.schemas.fixtures.SampleEvents;

/**
 * The contract's first promise: every event type, on every handover topic that carries it, survives the whole path
 * a handover takes - our serializer, the real registry, the real broker, a fresh consumer and our deserializer -
 * and arrives equal, under the TopicRecordNameStrategy subject, with its type and id in the headers.
 */
@RealPlatformTest
class EveryHandoverEventRoundTripIT {

    private final RealPlatform platform;

    EveryHandoverEventRoundTripIT(RealPlatform platform) {
        this.platform = platform;
    }

    @Test
    void everyEventOnEveryTopicThatCarriesItComesBackEqualThroughTheRegistryAndTheBroker() throws Exception {
        Map<String, SpecificRecord> sampleByType = SampleEvents.oneOfEach().stream()
                .collect(Collectors.toMap(event -> event.getSchema().getFullName(), event -> event));
        List<Sent> sent = new ArrayList<>();
        try (var producer = new KafkaProducer<String, SpecificRecord>(producerConfig())) {
            for (HandoverTopic topic : HandoverTopic.values()) {
                for (var type : topic.eventTypes()) {
                    SpecificRecord event = sampleByType.get(type.fullName());
                    assertThat(event).as("a sample of %s", type.fullName()).isNotNull();
                    String eventId = metadataOf(event).getEventId().toString();
                    var record = new ProducerRecord<String, SpecificRecord>(topic.topicName(), metadataOf(event).getUrn(), event);
                    record.headers().add(Topics.HEADER_EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8));
                    producer.send(record).get();
                    sent.add(new Sent(topic.topicName(), type.fullName(), eventId, event));
                }
            }
        }

        Map<String, ConsumerRecord<String, SpecificRecord>> received = consumeAll(sent.size());

        assertThat(sent).hasSizeGreaterThanOrEqualTo(SampleEvents.oneOfEach().size());
        for (Sent expected : sent) {
            var record = received.get(expected.topic() + "/" + expected.type());
            assertThat(record).as("%s on %s", expected.type(), expected.topic()).isNotNull();
            assertThat(record.value()).as(expected.type()).isEqualTo(expected.event());
            assertThat(record.value()).isInstanceOf(expected.event().getClass());
            assertThat(record.key()).isEqualTo(metadataOf(expected.event()).getUrn());
            assertThat(header(record, Topics.HEADER_EVENT_TYPE)).isEqualTo(expected.type());
            assertThat(header(record, Topics.HEADER_EVENT_ID)).isEqualTo(expected.eventId());
        }
        assertThat(registrySubjects()).containsAll(sent.stream()
                .map(s -> "\"" + s.topic() + "-" + s.type() + "\"").collect(Collectors.toSet()));
    }

    private Map<String, ConsumerRecord<String, SpecificRecord>> consumeAll(int expected) {
        Map<String, Object> config = new HashMap<>(platform.kafkaAdminProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "round-trip-" + System.nanoTime());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put("schema.registry.url", platform.schemaRegistryUrl());
        config.put("specific.avro.reader", "true");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ConfluentAvroDeserializer.class);
        Map<String, ConsumerRecord<String, SpecificRecord>> received = new HashMap<>();
        try (var consumer = new KafkaConsumer<String, SpecificRecord>(config)) {
            consumer.subscribe(Topics.ALL);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    received.put(record.topic() + "/" + record.value().getSchema().getFullName(), record);
                }
                return received.size() >= expected;
            });
        }
        return received;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(platform.kafkaAdminProperties());
        config.putAll(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ConfluentAvroSerializer.class,
                "schema.registry.url", platform.schemaRegistryUrl()));
        return config;
    }

    private Set<String> registrySubjects() throws Exception {
        String body = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(platform.schemaRegistryUrl() + "/subjects")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return Set.of(body.replace("[", "").replace("]", "").split(","));
    }

    private static HandoverMetadata metadataOf(SpecificRecord event) {
        return (HandoverMetadata) event.get(0);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private record Sent(String topic, String type, String eventId, SpecificRecord event) {
    }
}
