package uk.casehandover.cps.casefile;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.platform.serde.ConfluentAvroDeserializer;
import uk.casehandover.platform.serde.ConfluentAvroSerializer;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.schemas.Topics;

/**
 * The police as the CPS service meets them on the real topics: sends police events (or raw bytes) to
 * handover.police-to-cps and reads what CPS sends back on handover.cps-to-police, by case URN.
 */
final class PoliceSide implements AutoCloseable {

    private final KafkaProducer<String, Object> producer;
    private final KafkaProducer<String, byte[]> rawProducer;
    private final KafkaConsumer<String, Object> consumer;
    private final KafkaConsumer<String, byte[]> deadLetters;
    private final List<ConsumerRecord<String, Object>> fromCps = new CopyOnWriteArrayList<>();
    private final List<ConsumerRecord<String, byte[]>> deadLettered = new CopyOnWriteArrayList<>();
    private final String deadLetterTopic;

    PoliceSide(RealPlatform platform, String deadLetterTopic) {
        this.deadLetterTopic = deadLetterTopic;
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ConfluentAvroSerializer.class,
                "schema.registry.url", platform.schemaRegistryUrl()));
        rawProducer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ConfluentAvroDeserializer.class,
                "schema.registry.url", platform.schemaRegistryUrl(),
                "specific.avro.reader", "true"));
        deadLetters = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false"));
        assignFromBeginning(consumer, Topics.CPS_TO_POLICE);
    }

    /** A URN no other test uses: force 01, unit ZT, a random sequence. */
    static String aNewUrn() {
        return "01ZT" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    <T extends SpecificRecord> T send(T event) {
        HandoverMetadata metadata = (HandoverMetadata) event.get(0);
        ProducerRecord<String, Object> record = new ProducerRecord<>(Topics.POLICE_TO_CPS, metadata.getUrn(), event);
        record.headers().add(Topics.HEADER_EVENT_ID, metadata.getEventId().toString().getBytes(StandardCharsets.UTF_8));
        producer.send(record);
        producer.flush();
        return event;
    }

    void sendRaw(String urn, byte[] value) {
        rawProducer.send(new ProducerRecord<>(Topics.POLICE_TO_CPS, urn, value));
        rawProducer.flush();
    }

    /** Everything CPS sent on this case so far, in order. */
    List<SpecificRecord> sentByCps(String urn) {
        poll();
        List<SpecificRecord> events = new ArrayList<>();
        for (ConsumerRecord<String, Object> record : fromCps) {
            if (urn.equals(record.key())) {
                events.add((SpecificRecord) record.value());
            }
        }
        return events;
    }

    /** Waits for CPS's next event of this type on the case and returns it. */
    <T extends SpecificRecord> T awaitFromCps(String urn, Class<T> type, Predicate<T> matching) {
        return await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> sentByCps(urn).stream().filter(type::isInstance).map(type::cast).filter(matching)
                        .findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    List<ConsumerRecord<String, byte[]>> awaitDeadLetters(String urn, int count) {
        return await().pollInSameThread().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (deadLetters.assignment().isEmpty()) {
                if (deadLetters.listTopics().containsKey(deadLetterTopic)) {
                    assignFromBeginning(deadLetters, deadLetterTopic);
                } else {
                    return List.<ConsumerRecord<String, byte[]>>of();
                }
            }
            deadLetters.poll(Duration.ofMillis(50)).forEach(deadLettered::add);
            return deadLettered.stream().filter(record -> urn.equals(record.key())).toList();
        }, records -> records.size() >= count);
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(50)).forEach(fromCps::add);
    }

    private static void assignFromBeginning(KafkaConsumer<?, ?> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    @Override
    public void close() {
        producer.close();
        rawProducer.close();
        consumer.close();
        deadLetters.close();
    }
}
