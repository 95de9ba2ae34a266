package uk.casehandover.runtime.deadletter;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Puts dead letters back on the topic they came from: reads a dead-letter topic from the replay group's committed
 * position (from the beginning the first time) up to its end as it was when the replay started, republishes each
 * record's key, value and original headers to the topic named by its {@code kafka_dlt-original-topic} (or the
 * binder's {@code x-original-topic}) header, dropping the headers dead-lettering added ({@code kafka_dlt-*},
 * {@code x-original-*}, {@code x-exception-*}, spring-kafka's deserialization-failure headers), and commits once Kafka acknowledged. Safe to run twice: consumers apply each event once (Inbox); a
 * record that fails again is dead-lettered again.
 *
 * <pre>
 * mvn -B -q -pl platform/handover-runtime exec:java \
 *   -Dexec.args="--bootstrap-servers localhost:9092 --dead-letter-topic handover.police-to-cps.cps-service.dlt"
 * </pre>
 * Options: {@code --group <replay consumer group>} (default {@code <dead-letter topic>.replay});
 * {@code --command-config <client properties file>}: Kafka client settings added to both clients, as Kafka's own CLI
 * tools take them, e.g. the SASL settings of the user to replay as. On the platform's broker the replaying user needs
 * READ on the dead-letter topic and on the replay group, and WRITE on the original topic: the original topic is
 * another agency's (CPS's dead letters came from the police's topic), so no service principal may replay, and an
 * operator replays as the platform's admin user.
 */
public final class DeadLetterReplay {

    /** Where spring-kafka's DeadLetterPublishingRecoverer (used by this runtime) names the original topic. */
    public static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    /** Where the Kafka binder's own dead-lettering names it. */
    public static final String BINDER_ORIGINAL_TOPIC = "x-original-topic";

    private DeadLetterReplay() {
    }

    /** What a replay did: records republished, and records skipped because they named no original topic. */
    public record Result(int republished, int skipped) {
    }

    /** Replays {@code deadLetterTopic} with the default replay group {@code <deadLetterTopic>.replay}. */
    public static Result replay(String bootstrapServers, String deadLetterTopic) {
        return replay(bootstrapServers, deadLetterTopic, deadLetterTopic + ".replay");
    }

    public static Result replay(String bootstrapServers, String deadLetterTopic, String replayGroup) {
        return replay(bootstrapServers, Map.of(), deadLetterTopic, replayGroup);
    }

    /**
     * Replays with these client settings (e.g. {@code security.protocol}, {@code sasl.mechanism},
     * {@code sasl.jaas.config}) added to both the consumer and the producer.
     */
    public static Result replay(String bootstrapServers, Map<String, ?> clientProperties, String deadLetterTopic,
            String replayGroup) {
        Map<String, Object> consumerConfig = new HashMap<>(clientProperties);
        consumerConfig.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, replayGroup,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        Map<String, Object> producerConfig = new HashMap<>(clientProperties);
        producerConfig.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig);
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig)) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(deadLetterTopic, info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata position = committed.get(partition);
                if (position == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, position.offset());
                }
            }
            int republished = 0;
            int skipped = 0;
            while (!reachedEnd(consumer, end)) {
                Map<TopicPartition, OffsetAndMetadata> toCommit = new HashMap<>();
                List<Future<RecordMetadata>> sends = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue;
                    }
                    Header original = record.headers().lastHeader(ORIGINAL_TOPIC);
                    if (original == null) {
                        original = record.headers().lastHeader(BINDER_ORIGINAL_TOPIC);
                    }
                    if (original == null) {
                        skipped++;
                    } else {
                        sends.add(producer.send(new ProducerRecord<>(new String(original.value(), StandardCharsets.UTF_8),
                                null, record.key(), record.value(), originalHeaders(record))));
                        republished++;
                    }
                    toCommit.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
                for (Future<RecordMetadata> send : sends) {
                    send.get();
                }
                if (!toCommit.isEmpty()) {
                    consumer.commitSync(toCommit);
                }
            }
            return new Result(republished, skipped);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not take a replayed record; nothing after the last commit "
                    + "was committed, run the replay again", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay interrupted", e);
        }
    }

    private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(entry -> consumer.position(entry.getKey()) >= entry.getValue());
    }

    /** The record's headers without those the dead-lettering added. */
    static RecordHeaders originalHeaders(ConsumerRecord<?, ?> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            String key = header.key();
            if (!key.startsWith("x-exception-") && !key.startsWith("x-original-") && !key.startsWith("kafka_dlt-")
                    && !key.startsWith("springDeserializerException")) {
                headers.add(header);
            }
        }
        return headers;
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        String bootstrap = options.get("--bootstrap-servers");
        String topic = options.get("--dead-letter-topic");
        if (bootstrap == null || topic == null) {
            System.err.println("usage: DeadLetterReplay --bootstrap-servers HOST:PORT --dead-letter-topic TOPIC "
                    + "[--group REPLAY_GROUP] [--command-config CLIENT_PROPERTIES_FILE]");
            System.exit(2);
        }
        String commandConfig = options.get("--command-config");
        Map<String, String> client = commandConfig == null ? Map.of() : clientProperties(Path.of(commandConfig));
        Result result = replay(bootstrap, client, topic, options.getOrDefault("--group", topic + ".replay"));
        System.out.printf("replayed %d dead letters from %s (%d naming no original topic skipped)%n",
                result.republished(), topic, result.skipped());
    }

    /** A Kafka client {@code .properties} file, as {@code --command-config} names it. */
    static Map<String, String> clientProperties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the client settings in " + file, e);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
        return settings;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
