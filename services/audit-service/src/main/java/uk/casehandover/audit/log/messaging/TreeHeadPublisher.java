package uk.casehandover.audit.log.messaging;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import uk.casehandover.audit.log.application.AuditLog;
import uk.casehandover.audit.v1.TreeHeadPublished;
import uk.casehandover.platform.serde.ConfluentAvroSerializer;
import uk.casehandover.transparency.SignedTreeHead;

/**
 * Publishes the log's signed tree head to platform.audit-tree-heads, keyed by logId, whenever the log has grown since
 * the last one published (checked every {@code casehandover.audit.tree-heads.publish-interval}). A plain producer:
 * heads are signed and may be published again, so a crash between send and mark only repeats one.
 */
@Component
public class TreeHeadPublisher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TreeHeadPublisher.class);

    private final AuditLog auditLog;
    private final Clock clock;
    private final Duration interval;
    private final String topic;
    private final Environment environment;
    private volatile KafkaProducer<String, Object> producer;
    private volatile ScheduledExecutorService scheduler;

    TreeHeadPublisher(AuditLog auditLog, Clock clock, Environment environment,
            @Value("${casehandover.audit.tree-heads.publish-interval:10s}") Duration interval,
            @Value("${casehandover.audit.tree-heads.topic:platform.audit-tree-heads}") String topic) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("casehandover.audit.tree-heads.publish-interval must be positive");
        }
        this.auditLog = auditLog;
        this.clock = clock;
        this.environment = environment;
        this.interval = interval;
        this.topic = topic;
    }

    /** Publishes the latest head if the log grew since the last published one; returns the size published, or -1. */
    public synchronized long publishIfGrown() {
        String logId = auditLog.signer().logId();
        if (auditLog.size() <= Math.max(0, auditLog.lastPublishedSize())) {
            return -1;
        }
        SignedTreeHead head = auditLog.latestHead();
        Instant now = clock.instant();
        TreeHeadPublished published = TreeHeadPublished.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(now)
                .setLogId(logId)
                .setTreeSize(head.treeSize())
                .setTimestamp(Instant.ofEpochMilli(head.head().timestamp()))
                .setRootHash(ByteBuffer.wrap(head.head().rootHash()))
                .setSignature(ByteBuffer.wrap(head.signature()))
                .build();
        try {
            producer().send(new ProducerRecord<>(topic, logId, published)).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (ExecutionException failed) {
            log.warn("could not publish the tree head of size {} ({}); tried again in {}", head.treeSize(),
                    failed.getCause().getClass().getName(), interval);
            return -1;
        }
        auditLog.markPublished(head.treeSize(), now);
        log.info("published the tree head of size {} of log {}", head.treeSize(), logId);
        return head.treeSize();
    }

    private KafkaProducer<String, Object> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>(MessagingConfiguration.kafkaProperties(environment));
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, MessagingConfiguration.bootstrapServers(environment));
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.putIfAbsent("auto.register.schemas", "true");
            config.putIfAbsent("value.subject.name.strategy", "TopicRecordNameStrategy");
            ConfluentAvroSerializer values = new ConfluentAvroSerializer();
            values.configure(config, false);
            producer = new KafkaProducer<>(config, new StringSerializer(), values);
        }
        return producer;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-tree-head-publisher");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                publishIfGrown();
            } catch (RuntimeException failed) {
                log.warn("tree head publication failed ({}); tried again in {}", failed.getClass().getName(), interval);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
