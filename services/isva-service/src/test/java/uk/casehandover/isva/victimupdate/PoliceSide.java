package uk.casehandover.isva.victimupdate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.platform.serde.ConfluentAvroDeserializer;
import uk.casehandover.platform.serde.ConfluentAvroSerializer;
import uk.casehandover.schemas.Topics;

/**
 * The police as the ISVA service meets them on the real topics: they send on {@code handover.police-to-isva} with a
 * plain producer, and read what comes back on {@code handover.isva-to-police}. Tests share the topics, so each reads
 * only its own case (URN).
 */
final class PoliceSide implements AutoCloseable {

    private final KafkaProducer<String, Object> producer;
    private final KafkaProducer<String, byte[]> rawProducer;
    private final String bootstrapServers;
    private final String registryUrl;
    private final KafkaConsumer<String, Object> replies;
    private final List<ConsumerRecord<String, Object>> received = new ArrayList<>();

    PoliceSide(String bootstrapServers, String registryUrl) {
        this.bootstrapServers = bootstrapServers;
        this.registryUrl = registryUrl;
        Map<String, Object> producerConfig = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ConfluentAvroSerializer.class,
                "schema.registry.url", registryUrl);
        producer = new KafkaProducer<>(producerConfig);
        rawProducer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        replies = consumer(Topics.ISVA_TO_POLICE, ConfluentAvroDeserializer.class);
    }

    /** Sends a police event keyed by its URN with the eventId header, and waits until Kafka has it. */
    void send(SpecificRecord event) {
        HandoverMetadata metadata = (HandoverMetadata) event.get(0);
        ProducerRecord<String, Object> record = new ProducerRecord<>(Topics.POLICE_TO_ISVA, metadata.getUrn(), event);
        record.headers().add(Topics.HEADER_EVENT_ID, metadata.getEventId().toString().getBytes(StandardCharsets.UTF_8));
        await(producer.send(record));
    }

    /** Sends bytes that are not in the Confluent wire format (bad magic byte). */
    void sendGarbage(String urn) {
        await(rawProducer.send(new ProducerRecord<>(Topics.POLICE_TO_ISVA, urn, new byte[] {7, 0, 0, 0, 1, 2, 3})));
    }

    /** Everything the ISVA service sent back about this case so far. */
    List<SpecificRecord> repliesAbout(String urn) {
        for (ConsumerRecord<String, Object> record : replies.poll(Duration.ofMillis(200))) {
            received.add(record);
        }
        return received.stream().filter(r -> urn.equals(r.key())).map(r -> (SpecificRecord) r.value()).toList();
    }

    <T extends SpecificRecord> List<T> repliesAbout(String urn, Class<T> type) {
        return repliesAbout(urn).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Dead letters of this case so far, as the bytes sent and their headers. */
    List<ConsumerRecord<String, Object>> deadLetters(KafkaConsumer<String, Object> dlt, List<ConsumerRecord<String, Object>> seen,
            String urn) {
        for (ConsumerRecord<String, Object> record : dlt.poll(Duration.ofMillis(200))) {
            seen.add(record);
        }
        return seen.stream().filter(r -> urn.equals(r.key())).toList();
    }

    KafkaConsumer<String, Object> deadLetterReader(String topic) {
        return consumer(topic, ByteArrayDeserializer.class);
    }

    static String header(ConsumerRecord<?, ?> record, String nameContains) {
        for (Header header : record.headers()) {
            if (header.key().contains(nameContains) && header.value() != null) {
                return new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private KafkaConsumer<String, Object> consumer(String topic, Class<?> valueDeserializer) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "police-side-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, valueDeserializer);
        config.put("schema.registry.url", registryUrl);
        config.put("specific.avro.reader", "true");
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500");
        KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static void await(java.util.concurrent.Future<?> sent) {
        try {
            sent.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to Kafka", e);
        }
    }

    @Override
    public void close() {
        producer.close();
        rawProducer.close();
        replies.close();
    }
}
