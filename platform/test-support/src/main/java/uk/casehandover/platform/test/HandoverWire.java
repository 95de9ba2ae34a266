package uk.casehandover.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.schemas.Topics;

/**
 * The handover topics as another agency meets them in a test: it sends events, or bytes, with plain Kafka clients and
 * reads what a service sent it, case by case.
 *
 * <p>The rule it enforces is the handover contract's: every event is sent keyed by its case URN
 * ({@code metadata.urn}) with the {@link Topics#HEADER_EVENT_ID eventId} and {@link Topics#HEADER_EVENT_TYPE
 * eventType} headers, in the Confluent wire format through the schema registry, and a send returns only once the
 * broker has acknowledged it. The handover topics are shared by every test in the JVM, so a test reads only its own
 * case: {@link Reader#about(String)} polls once more and returns every record seen so far whose key is that URN, in
 * the order read.
 *
 * <p>It connects as the broker's super user (the test harness, {@link RealPlatform#kafkaAdminProperties()}): it plays
 * whichever agency a test needs, where a service runs as its own principal.
 *
 * <p>Values are written and read by {@code uk.casehandover.platform.serde.ConfluentAvroSerializer} and
 * {@code ConfluentAvroDeserializer}, named rather than referenced: platform-serde's own tests run on the real platform,
 * so this module cannot depend on it. A test using this class needs platform-serde on its classpath (every service
 * has it).
 */
public final class HandoverWire implements AutoCloseable {

    static final String AVRO_SERIALIZER = "uk.casehandover.platform.serde.ConfluentAvroSerializer";
    static final String AVRO_DESERIALIZER = "uk.casehandover.platform.serde.ConfluentAvroDeserializer";
    /** Bytes that are not in the Confluent wire format: the magic byte is 7, not 0. */
    private static final byte[] MALFORMED = {7, 0, 0, 0, 1, 2, 3};
    private static final Duration POLL = Duration.ofMillis(100);

    private final Map<String, Object> client;
    private final String registryUrl;
    private final String valueDeserializer;
    private final KafkaProducer<String, Object> producer;
    private final KafkaProducer<String, byte[]> rawProducer;

    public HandoverWire(RealPlatform platform) {
        this(platform.kafkaAdminProperties(), platform.schemaRegistryUrl());
    }

    /** With these client settings ({@code bootstrap.servers} and the SASL settings of whom it connects as). */
    public HandoverWire(Map<String, Object> client, String registryUrl) {
        this(client, registryUrl, AVRO_SERIALIZER, AVRO_DESERIALIZER);
    }

    /** With other value (de)serializers, for this module's own test, which cannot have platform-serde. */
    HandoverWire(Map<String, Object> client, String registryUrl, String valueSerializer, String valueDeserializer) {
        this.client = Map.copyOf(client);
        this.registryUrl = registryUrl;
        this.valueDeserializer = valueDeserializer;
        producer = new KafkaProducer<>(with(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, valueSerializer,
                "schema.registry.url", registryUrl)));
        rawProducer = new KafkaProducer<>(with(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)));
    }

    private Map<String, Object> with(Map<String, Object> settings) {
        Map<String, Object> config = new HashMap<>(client);
        config.putAll(settings);
        return config;
    }

    /** Sends a handover event keyed by its URN with the eventId and eventType headers; returns it once the broker has it. */
    public <T extends SpecificRecord> T send(String topic, T event) {
        HandoverMetadata metadata = (HandoverMetadata) event.get(0);
        ProducerRecord<String, Object> record = new ProducerRecord<>(topic, metadata.getUrn(), event);
        record.headers().add(Topics.HEADER_EVENT_ID, metadata.getEventId().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(Topics.HEADER_EVENT_TYPE, event.getSchema().getFullName().getBytes(StandardCharsets.UTF_8));
        await(producer.send(record));
        return event;
    }

    /** Sends these bytes as they are, without headers, and waits until the broker has them. */
    public void sendRaw(String topic, String key, byte[] value) {
        await(rawProducer.send(new ProducerRecord<>(topic, key, value)));
    }

    /** Sends bytes that are not in the Confluent wire format (a bad magic byte): {@code 7, 0, 0, 0, 1, 2, 3}. */
    public void sendMalformed(String topic, String key) {
        sendRaw(topic, key, MALFORMED.clone());
    }

    /** Reads a topic from its beginning, decoding values as handover events. */
    public Reader reader(String topic) {
        return new Reader(consumer(valueDeserializer), topic);
    }

    /** Reads a topic from its beginning, values as bytes (e.g. a dead-letter topic); waits for the topic to exist. */
    public Reader rawReader(String topic) {
        return new Reader(consumer(ByteArrayDeserializer.class.getName()), topic);
    }

    /** The value of the first header whose name contains {@code nameContains}, as text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String nameContains) {
        for (Header header : record.headers()) {
            if (header.key().contains(nameContains) && header.value() != null) {
                return new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private KafkaConsumer<String, Object> consumer(String valueDeserializerClass) {
        return new KafkaConsumer<>(with(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, valueDeserializerClass,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false",
                "schema.registry.url", registryUrl,
                "specific.avro.reader", "true")));
    }

    /**
     * Everything read so far from one topic, from its beginning, without a consumer group. Each call polls once more;
     * a topic that does not exist yet (a dead-letter topic) is read from when it appears.
     */
    public static final class Reader implements AutoCloseable {
        private final KafkaConsumer<String, Object> consumer;
        private final String topic;
        private final List<ConsumerRecord<String, Object>> seen = new ArrayList<>();

        private Reader(KafkaConsumer<String, Object> consumer, String topic) {
            this.consumer = consumer;
            this.topic = topic;
        }

        /** Polls once more and returns every record seen so far keyed by this URN, in the order read. */
        public synchronized List<ConsumerRecord<String, Object>> about(String urn) {
            if (consumer.assignment().isEmpty()) {
                if (!consumer.listTopics().containsKey(topic)) {
                    return List.of();
                }
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
            }
            consumer.poll(POLL).forEach(seen::add);
            return seen.stream().filter(record -> urn.equals(record.key())).toList();
        }

        /** The events seen so far on this case, as {@link #about(String)}. */
        public List<SpecificRecord> eventsAbout(String urn) {
            return about(urn).stream().map(record -> (SpecificRecord) record.value()).toList();
        }

        /** The events of this type seen so far on this case, as {@link #about(String)}. */
        public <T> List<T> eventsAbout(String urn, Class<T> type) {
            return eventsAbout(urn).stream().filter(type::isInstance).map(type::cast).toList();
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
    }
}
