package uk.casehandover.benchmarks.platform;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * For a baseline: when each record was sent (or committed) and when a plain consumer on the same broker received
 * it, both by {@link System#nanoTime()} in this JVM. A record carries its sequence number in its first 8 bytes.
 */
final class ArrivalRecorder implements AutoCloseable {

    private final AtomicLongArray sent;
    private final AtomicLongArray arrived;
    private final AtomicLong arrivals = new AtomicLong();
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    ArrivalRecorder(Map<String, Object> kafkaClient, String topic, int capacity) {
        this.sent = new AtomicLongArray(capacity);
        this.arrived = new AtomicLongArray(capacity);
        Properties config = new Properties();
        config.putAll(kafkaClient);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, before anything is sent
        thread = new Thread(this::consume, "arrivals-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    private void consume() {
        while (running) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                long now = System.nanoTime();
                int sequence = (int) ByteBuffer.wrap(record.value(), 0, 8).getLong();
                if (sequence >= 0 && sequence < arrived.length() && arrived.compareAndSet(sequence, 0, now)) {
                    arrivals.incrementAndGet();
                }
            }
        }
        consumer.close();
    }

    int capacity() {
        return sent.length();
    }

    void sent(int sequence, long nanos) {
        sent.set(sequence, nanos);
    }

    /** Waits until {@code expected} distinct records arrived or the timeout passed; returns how many did. */
    long awaitArrivals(long expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (arrivals.get() < expected && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return arrivals.get();
    }

    /** Latencies (µs) of records 0..count-1 that were both sent and received, and the span first send → last arrival. */
    Measured measured(int count) {
        long[] micros = new long[count];
        int n = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            long s = sent.get(i);
            long a = arrived.get(i);
            if (s != 0 && a != 0) {
                micros[n++] = Math.max(0, (a - s) / 1000);
                first = Math.min(first, s);
                last = Math.max(last, a);
            }
        }
        long[] latencies = java.util.Arrays.copyOf(micros, n);
        double seconds = n == 0 ? 0 : (last - first) / 1e9;
        return new Measured(n, seconds, Percentiles.ofMicros(latencies));
    }

    record Measured(long received, double seconds, Percentiles latency) {
        double perSecond() {
            return seconds <= 0 ? 0 : received / seconds;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
