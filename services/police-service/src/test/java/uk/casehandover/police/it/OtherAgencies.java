package uk.casehandover.police.it;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
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
 * CPS and the ISVA service as the police service meets them on the real topics: they send with a plain producer and
 * read what the police sent them with a plain consumer. Tests share the topics, so each reads only its own URN.
 */
final class OtherAgencies implements AutoCloseable {

    private final String bootstrapServers;
    private final String registryUrl;
    private final KafkaProducer<String, Object> producer;
    private final KafkaProducer<String, byte[]> rawProducer;
    private final Reader toCps;
    private final Reader toIsva;

    OtherAgencies(String bootstrapServers, String registryUrl) {
        this.bootstrapServers = bootstrapServers;
        this.registryUrl = registryUrl;
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ConfluentAvroSerializer.class,
                "schema.registry.url", registryUrl));
        rawProducer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        toCps = reader(Topics.POLICE_TO_CPS, ConfluentAvroDeserializer.class);
        toIsva = reader(Topics.POLICE_TO_ISVA, ConfluentAvroDeserializer.class);
    }

    /** CPS sends an event on handover.cps-to-police, keyed by its URN, with the eventId header. */
    void cpsSends(SpecificRecord event) {
        send(Topics.CPS_TO_POLICE, event);
    }

    /** The ISVA service sends an event on handover.isva-to-police. */
    void isvaSends(SpecificRecord event) {
        send(Topics.ISVA_TO_POLICE, event);
    }

    /** Bytes that are not in the Confluent wire format (bad magic byte). */
    void sendGarbage(String topic, String urn) {
        await(rawProducer.send(new ProducerRecord<>(topic, urn, new byte[] {7, 0, 0, 0, 1, 2, 3})));
    }

    List<SpecificRecord> cpsReceived(String urn) {
        return toCps.about(urn).stream().map(r -> (SpecificRecord) r.value()).toList();
    }

    <T> List<T> cpsReceived(String urn, Class<T> type) {
        return cpsReceived(urn).stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<SpecificRecord> isvaReceived(String urn) {
        return toIsva.about(urn).stream().map(r -> (SpecificRecord) r.value()).toList();
    }

    <T> List<T> isvaReceived(String urn, Class<T> type) {
        return isvaReceived(urn).stream().filter(type::isInstance).map(type::cast).toList();
    }

    Reader deadLetters(String topic) {
        return reader(topic, ByteArrayDeserializer.class);
    }

    static String header(ConsumerRecord<?, ?> record, String nameContains) {
        for (Header header : record.headers()) {
            if (header.key().contains(nameContains) && header.value() != null) {
                return new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private void send(String topic, SpecificRecord event) {
        HandoverMetadata metadata = (HandoverMetadata) event.get(0);
        ProducerRecord<String, Object> record = new ProducerRecord<>(topic, metadata.getUrn(), event);
        record.headers().add(Topics.HEADER_EVENT_ID, metadata.getEventId().toString().getBytes(StandardCharsets.UTF_8));
        await(producer.send(record));
    }

    private Reader reader(String topic, Class<?> valueDeserializer) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "police-service-it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, valueDeserializer);
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500");
        config.put("schema.registry.url", registryUrl);
        config.put("specific.avro.reader", "true");
        KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(topic));
        return new Reader(consumer);
    }

    /** Everything read so far from one topic; each call polls once more. */
    static final class Reader implements AutoCloseable {
        private final KafkaConsumer<String, Object> consumer;
        private final List<ConsumerRecord<String, Object>> seen = new ArrayList<>();

        Reader(KafkaConsumer<String, Object> consumer) {
            this.consumer = consumer;
        }

        synchronized List<ConsumerRecord<String, Object>> about(String urn) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(r -> urn.equals(r.key())).toList();
        }

        @Override
        public synchronized void close() {
            consumer.close();
        }
    }

    private static void await(Future<?> sent) {
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
        toCps.close();
        toIsva.close();
    }
}
