package uk.casehandover.benchmarks.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Baseline 1: a plain Kafka producer and consumer on the platform's broker, records the size of a serialized
 * {@code CaseFileSubmitted}, keyed by a URN-shaped key, with the producer settings of the outbox relay (acks=all,
 * idempotent, otherwise Kafka's defaults). Latency is send() to the consumer's poll.
 */
final class RawKafkaBaseline {

    static final String TOPIC = "bench.raw-kafka";

    private final Map<String, Object> kafkaClient;
    private final int recordSize;

    RawKafkaBaseline(Map<String, Object> kafkaClient, int recordSize) {
        this.kafkaClient = kafkaClient;
        this.recordSize = recordSize;
    }

    /** Sends for {@code seconds} at {@code ratePerSecond} (0 = as fast as the producer goes). */
    ArrivalRecorder.Measured run(double ratePerSecond, double seconds) throws InterruptedException {
        Properties config = new Properties();
        config.putAll(kafkaClient);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        int capacity = 4_000_000;
        int sent = 0;
        try (ArrivalRecorder arrivals = new ArrivalRecorder(kafkaClient, TOPIC, capacity);
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
            byte[] template = new byte[recordSize];
            ThreadLocalRandom.current().nextBytes(template);
            Pacer pacer = new Pacer(ratePerSecond);
            long end = (long) (seconds * 1e9);
            while (pacer.elapsedNanos() < end && sent < capacity) {
                pacer.awaitTurn(sent);
                byte[] value = template.clone();
                ByteBuffer.wrap(value).putLong(sent);
                byte[] key = String.format("01BK%07d", sent % 10_000_000).getBytes(StandardCharsets.US_ASCII);
                arrivals.sent(sent, System.nanoTime());
                producer.send(new ProducerRecord<>(TOPIC, key, value));
                sent++;
            }
            producer.flush();
            arrivals.awaitArrivals(sent, Duration.ofSeconds(60));
            return arrivals.measured(sent);
        }
    }
}
