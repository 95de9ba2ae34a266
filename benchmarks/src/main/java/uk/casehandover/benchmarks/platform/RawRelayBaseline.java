package uk.casehandover.benchmarks.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import uk.casehandover.runtime.relay.OutboxRelay;
import uk.casehandover.runtime.relay.RelaySettings;

/**
 * Baseline 2: rows inserted straight into an outbox table (the handover runtime's own schema, in a database of the
 * benchmark's own on the platform's PostgreSQL) and relayed to Kafka by the runtime's {@link OutboxRelay} (embedded
 * Debezium, the services' 20 ms poll interval), exactly as a service's outbox is, but with no HTTP, no domain logic
 * and no consumer behind it. Each row is its own transaction (insert and delete, like {@code Outbox.append}), from
 * several writer threads. Latency is the writer's commit returning to a plain consumer receiving the record.
 */
final class RawRelayBaseline implements AutoCloseable {

    static final String TOPIC = "bench.raw-relay";
    static final String DATABASE = "bench_relay";
    private static final String EVENT_TYPE = "uk.casehandover.police.v1.CaseFileSubmitted";

    private final Map<String, Object> kafkaClient;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final int recordSize;
    private final int writers;
    private OutboxRelay relay;

    RawRelayBaseline(Map<String, Object> kafkaClient, String postgresJdbcBase, String user, String password, int recordSize,
            int writers) {
        this.kafkaClient = kafkaClient;
        this.jdbcUrl = postgresJdbcBase + DATABASE;
        this.user = user;
        this.password = password;
        this.recordSize = recordSize;
        this.writers = writers;
        createDatabase(postgresJdbcBase + "postgres");
    }

    private void createDatabase(String adminUrl) {
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the baseline database " + DATABASE, e);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement();
             InputStream schema = OutboxRelay.class.getClassLoader()
                     .getResourceAsStream("db/handover-runtime/V0_1__handover_outbox_inbox.sql")) {
            if (schema == null) {
                throw new IllegalStateException("the handover runtime's outbox schema is not on the classpath");
            }
            statement.execute(new String(schema.readAllBytes(), StandardCharsets.UTF_8));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not create the outbox schema in " + DATABASE, e);
        }
    }

    void startRelay() throws InterruptedException {
        relay = new OutboxRelay(new RelaySettings(jdbcUrl, user, password, DATABASE,
                kafkaClient, Duration.ofMillis(20), Duration.ofSeconds(1)));
        relay.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!relay.isRelaying() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (!relay.isRelaying()) {
            throw new IllegalStateException("the baseline's outbox relay did not start within 60 s");
        }
    }

    /** Inserts for {@code seconds} at {@code ratePerSecond} in all (0 = as fast as the writers go). */
    ArrivalRecorder.Measured run(double ratePerSecond, double seconds) throws Exception {
        int capacity = 2_000_000;
        try (ArrivalRecorder arrivals = new ArrivalRecorder(kafkaClient, TOPIC, capacity)) {
            Pacer pacer = new Pacer(ratePerSecond);
            AtomicInteger next = new AtomicInteger();
            AtomicInteger committed = new AtomicInteger();
            long end = (long) (seconds * 1e9);
            List<Thread> threads = new ArrayList<>();
            List<Exception> failures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Thread thread = new Thread(() -> {
                    try {
                        write(arrivals, pacer, next, committed, end, capacity);
                    } catch (Exception e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                    }
                }, "relay-writer-" + w);
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
            arrivals.awaitArrivals(committed.get(), Duration.ofSeconds(120));
            return arrivals.measured(Math.min(next.get(), capacity));
        }
    }

    private void write(ArrivalRecorder arrivals, Pacer pacer, AtomicInteger next, AtomicInteger committed, long end,
            int capacity)
            throws SQLException {
        byte[] template = new byte[recordSize];
        ThreadLocalRandom.current().nextBytes(template);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO handover_outbox "
                     + "(id, aggregatetype, aggregateid, type, payload, occurred_at) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM handover_outbox WHERE id = ?")) {
            connection.setAutoCommit(false);
            while (true) {
                int sequence = next.getAndIncrement();
                if (sequence >= capacity) {
                    return;
                }
                pacer.awaitTurn(sequence);
                if (pacer.elapsedNanos() >= end) {
                    return;
                }
                UUID id = UUID.randomUUID();
                byte[] payload = template.clone();
                ByteBuffer.wrap(payload).putLong(sequence);
                insert.setObject(1, id);
                insert.setString(2, TOPIC);
                insert.setString(3, String.format("01BK%07d", sequence % 10_000_000));
                insert.setString(4, EVENT_TYPE);
                insert.setBytes(5, payload);
                insert.setTimestamp(6, Timestamp.from(Instant.now()));
                insert.executeUpdate();
                delete.setObject(1, id);
                delete.executeUpdate();
                connection.commit();
                arrivals.sent(sequence, System.nanoTime());
                committed.incrementAndGet();
            }
        }
    }

    @Override
    public void close() {
        if (relay != null) {
            relay.stop();
            OutboxRelay.dropReplicationSlot(new RelaySettings(jdbcUrl, user, password, DATABASE,
                    kafkaClient, Duration.ofMillis(20), Duration.ofSeconds(1)),
                    Duration.ofSeconds(30));
        }
    }
}
