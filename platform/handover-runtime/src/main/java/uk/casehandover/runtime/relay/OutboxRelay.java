package uk.casehandover.runtime.relay;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import io.debezium.embedded.Connect;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.ChangeEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import uk.casehandover.schemas.Topics;

/**
 * Publishes every event appended to the service's outbox to Kafka, at least once and in commit order: an embedded
 * Debezium PostgreSQL engine reads the outbox inserts from the WAL (replication slot {@code slotName}, publication
 * {@code handover_outbox_publication}), the Outbox Event Router routes each to the topic named by
 * {@code aggregatetype} with key {@code aggregateid} and headers {@code eventType} / {@code eventId}, and a
 * {@code KafkaProducer<byte[], byte[]>} (acks=all, idempotent) sends the payload bytes unchanged. Offsets (in
 * {@code handover_relay_offsets}) are committed only after Kafka acknowledged the whole batch, so a crash can
 * re-send the in-flight events, never lose one.
 *
 * <p>Exactly one replica relays: the relay holds a session advisory lock on a dedicated connection; the others try
 * again every {@code lockRetryInterval} and take over when the holder's session ends. The slot is created when the
 * relay starts (before any replica relays), so an event committed before the first relay ran is not lost.
 */
public class OutboxRelay implements SmartLifecycle {

    public static final String PUBLICATION = "handover_outbox_publication";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final RelaySettings settings;
    private final long lockKey;
    private final AtomicLong relayed = new AtomicLong();
    private final Object signal = new Object();

    private volatile boolean running;
    private volatile boolean stopping;
    private volatile boolean relaying;
    private volatile Throwable engineFailure;
    private volatile boolean engineStopped;
    private Thread supervisor;
    private Connection lockConnection;
    private DebeziumEngine<ChangeEvent<SourceRecord, SourceRecord>> engine;
    private ExecutorService engineExecutor;
    private KafkaProducer<byte[], byte[]> producer;

    public OutboxRelay(RelaySettings settings) {
        this.settings = settings;
        this.lockKey = lockKey(settings.slotName());
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        ensureSlot();
        stopping = false;
        running = true;
        supervisor = new Thread(this::supervise, "handover-outbox-relay-" + settings.slotName());
        supervisor.setDaemon(true);
        supervisor.start();
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        stopping = true;
        wake();
        try {
            supervisor.join(TimeUnit.SECONDS.toMillis(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop late, after the web server and the consumers, start early. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }

    /** Whether this replica currently holds the relay lock and runs the engine. */
    public boolean isRelaying() {
        return relaying;
    }

    /** Events this replica published and Kafka acknowledged since it started. */
    public long relayedCount() {
        return relayed.get();
    }

    public String slotName() {
        return settings.slotName();
    }

    /**
     * Drops the replication slot, waiting up to {@code timeout} for it to become inactive. Call after the last relay
     * of a database stopped for good (a slot left behind holds WAL back); a test calls it when it finishes.
     */
    public void dropReplicationSlot(Duration timeout) {
        if (running) {
            throw new IllegalStateException("stop the relay before dropping its slot");
        }
        dropReplicationSlot(settings, timeout);
    }

    /** Drops the named slot of a database once it is inactive (see {@link #dropReplicationSlot(Duration)}). */
    public static void dropReplicationSlot(RelaySettings settings, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection connection = connect(settings)) {
            while (true) {
                try (PreparedStatement drop = connection.prepareStatement(
                        "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = ?")) {
                    drop.setString(1, settings.slotName());
                    drop.execute();
                    return;
                } catch (SQLException e) {
                    if (!"55006".equals(e.getSQLState()) || System.nanoTime() > deadline) {
                        throw e;
                    }
                    pause(Duration.ofMillis(50));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop replication slot " + settings.slotName(), e);
        }
    }

    private void ensureSlot() {
        try (Connection connection = connect(settings);
             PreparedStatement exists = connection.prepareStatement(
                     "SELECT database, current_database() FROM pg_replication_slots WHERE slot_name = ?")) {
            exists.setString(1, settings.slotName());
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    if (!row.getString(2).equals(row.getString(1))) {
                        throw new IllegalStateException("replication slot " + settings.slotName() + " belongs to "
                                + "database " + row.getString(1) + ", not " + row.getString(2)
                                + " (slots are per server): set casehandover.outbox.slot-name");
                    }
                    return;
                }
            }
            try (PreparedStatement create = connection.prepareStatement(
                    "SELECT pg_create_logical_replication_slot(?, 'pgoutput')")) {
                create.setString(1, settings.slotName());
                create.execute();
                log.info("Created replication slot {} for the outbox relay", settings.slotName());
            } catch (SQLException e) {
                if (!"42710".equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create replication slot " + settings.slotName(), e);
        }
    }

    private void supervise() {
        try {
            while (!stopping) {
                if (lockConnection == null && !tryLock()) {
                    await(settings.lockRetryInterval());
                    continue;
                }
                if (engine == null) {
                    startEngine();
                }
                await(settings.lockRetryInterval());
                if (stopping) {
                    break;
                }
                boolean lockHeld = lockStillHeld();
                if (!lockHeld || engineStopped) {
                    if (engineFailure != null) {
                        log.warn("Outbox relay {} stopped with an error; restarting it: {}", settings.slotName(),
                                engineFailure.toString());
                    }
                    stopEngine();
                    if (!lockHeld) {
                        log.warn("Outbox relay {} lost its lock connection; standing by", settings.slotName());
                        releaseLock();
                    }
                }
            }
        } catch (RuntimeException e) {
            log.error("Outbox relay {} failed", settings.slotName(), e);
        } finally {
            stopEngine();
            releaseLock();
        }
    }

    private boolean tryLock() {
        Connection connection = null;
        try {
            connection = connect(settings);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                lock.setLong(1, lockKey);
                try (ResultSet row = lock.executeQuery()) {
                    row.next();
                    if (row.getBoolean(1)) {
                        lockConnection = connection;
                        log.info("Outbox relay {} holds the relay lock", settings.slotName());
                        return true;
                    }
                }
            }
        } catch (SQLException e) {
            log.warn("Outbox relay {} could not try the relay lock: {}", settings.slotName(), e.getMessage());
        }
        closeQuietly(connection);
        return false;
    }

    private boolean lockStillHeld() {
        try {
            return lockConnection != null && lockConnection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private void releaseLock() {
        if (lockConnection != null) {
            try (PreparedStatement unlock = lockConnection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, lockKey);
                unlock.execute();
            } catch (SQLException ignored) {
                // closing the session releases it anyway
            }
            closeQuietly(lockConnection);
            lockConnection = null;
        }
    }

    private void startEngine() {
        awaitSlotInactive(Duration.ofSeconds(30));
        engineFailure = null;
        engineStopped = false;
        producer = new KafkaProducer<>(producerConfig());
        engine = DebeziumEngine.create(Connect.class)
                .using(engineProperties())
                .notifying(this::handleBatch)
                .using((success, message, error) -> {
                    if (!success) {
                        engineFailure = error != null ? error : new IllegalStateException(message);
                    }
                    engineStopped = true;
                    wake();
                })
                .build();
        engineExecutor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "handover-outbox-engine-" + settings.slotName());
            thread.setDaemon(true);
            return thread;
        });
        engineExecutor.execute(engine);
        relaying = true;
    }

    private void stopEngine() {
        relaying = false;
        if (engine != null) {
            try {
                engine.close();
            } catch (Exception e) {
                log.warn("Outbox relay {}: closing the engine failed: {}", settings.slotName(), e.toString());
            }
            engine = null;
        }
        if (engineExecutor != null) {
            engineExecutor.shutdown();
            try {
                engineExecutor.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            engineExecutor = null;
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
            producer = null;
        }
    }

    private void handleBatch(List<ChangeEvent<SourceRecord, SourceRecord>> batch,
            DebeziumEngine.RecordCommitter<ChangeEvent<SourceRecord, SourceRecord>> committer) throws InterruptedException {
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        for (ChangeEvent<SourceRecord, SourceRecord> change : batch) {
            SourceRecord record = change.value();
            if (record != null && record.value() != null) {
                sends.add(producer.send(toProducerRecord(record)));
            }
        }
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("Kafka did not acknowledge an outbox event; nothing of this batch is "
                        + "committed and it will be sent again", e.getCause());
            }
        }
        relayed.addAndGet(sends.size());
        for (ChangeEvent<SourceRecord, SourceRecord> change : batch) {
            committer.markProcessed(change);
        }
        committer.markBatchFinished();
    }

    static ProducerRecord<byte[], byte[]> toProducerRecord(SourceRecord record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (Topics.HEADER_EVENT_TYPE.equals(header.key()) || Topics.HEADER_EVENT_ID.equals(header.key())) {
                headers.add(header.key(), String.valueOf(header.value()).getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] key = record.key() == null ? null : String.valueOf(record.key()).getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(record.topic(), null, key, bytes(record.value()), headers);
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        if (value instanceof ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return bytes;
        }
        throw new IllegalStateException("outbox payload must be bytes (binary.handling.mode=bytes), got "
                + value.getClass().getName());
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(settings.producerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "handover-outbox-relay-" + settings.slotName());
        return config;
    }

    Properties engineProperties() {
        Properties p = new Properties();
        p.setProperty("name", "handover-outbox-relay-" + settings.slotName());
        p.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
        p.setProperty("offset.storage", JdbcOffsetBackingStore.class.getName());
        p.setProperty(JdbcOffsetBackingStore.URL, settings.jdbcUrl());
        if (settings.username() != null) {
            p.setProperty(JdbcOffsetBackingStore.USER, settings.username());
            p.setProperty("database.user", settings.username());
        }
        if (settings.password() != null) {
            p.setProperty(JdbcOffsetBackingStore.PASSWORD, settings.password());
            p.setProperty("database.password", settings.password());
        }
        p.setProperty(JdbcOffsetBackingStore.RELAY, settings.slotName());
        p.setProperty("offset.flush.interval.ms", "0");
        p.setProperty("offset.flush.timeout.ms", "10000");
        p.setProperty("database.hostname", settings.host());
        p.setProperty("database.port", String.valueOf(settings.port()));
        p.setProperty("database.dbname", settings.database());
        p.setProperty("topic.prefix", settings.slotName());
        p.setProperty("plugin.name", "pgoutput");
        p.setProperty("slot.name", settings.slotName());
        p.setProperty("slot.drop.on.stop", "false");
        p.setProperty("slot.max.retries", "60");
        p.setProperty("slot.retry.delay.ms", "500");
        p.setProperty("publication.name", PUBLICATION);
        p.setProperty("publication.autocreate.mode", "disabled");
        p.setProperty("table.include.list", "public.handover_outbox");
        p.setProperty("snapshot.mode", "no_data");
        p.setProperty("tombstones.on.delete", "false");
        p.setProperty("binary.handling.mode", "bytes");
        p.setProperty("poll.interval.ms", String.valueOf(settings.pollInterval().toMillis()));
        p.setProperty("errors.max.retries", "-1");
        p.setProperty("transforms", "outbox");
        p.setProperty("transforms.outbox.type", "io.debezium.transforms.outbox.EventRouter");
        p.setProperty("transforms.outbox.table.field.event.id", "id");
        p.setProperty("transforms.outbox.table.field.event.key", "aggregateid");
        p.setProperty("transforms.outbox.table.field.event.payload", "payload");
        p.setProperty("transforms.outbox.route.by.field", "aggregatetype");
        p.setProperty("transforms.outbox.route.topic.replacement", "${routedByValue}");
        p.setProperty("transforms.outbox.table.fields.additional.placement",
                "type:header:" + Topics.HEADER_EVENT_TYPE + ",id:header:" + Topics.HEADER_EVENT_ID);
        p.setProperty("transforms.outbox.table.expand.json.payload", "false");
        return p;
    }

    private void awaitSlotInactive(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (PreparedStatement active = lockConnection.prepareStatement(
                "SELECT active FROM pg_replication_slots WHERE slot_name = ?")) {
            active.setString(1, settings.slotName());
            while (System.nanoTime() < deadline && !stopping) {
                try (ResultSet row = active.executeQuery()) {
                    if (!row.next() || !row.getBoolean(1)) {
                        return;
                    }
                }
                pause(Duration.ofMillis(50));
            }
        } catch (SQLException e) {
            log.warn("Outbox relay {} could not read its slot's state: {}", settings.slotName(), e.getMessage());
        }
    }

    private void await(Duration duration) {
        synchronized (signal) {
            if (stopping || engineStopped && engine != null) {
                return;
            }
            try {
                signal.wait(Math.max(1, duration.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
        }
    }

    private void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Connection connect(RelaySettings settings) throws SQLException {
        Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.username(), settings.password());
        connection.setAutoCommit(true);
        return connection;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing left to release
            }
        }
    }

    static long lockKey(String slotName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("handover-outbox-relay:" + slotName).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
