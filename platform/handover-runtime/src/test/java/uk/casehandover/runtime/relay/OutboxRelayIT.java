package uk.casehandover.runtime.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static uk.casehandover.schemas.fixtures.SampleEvents.anEarlyAdviceRequested;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casehandover.platform.serde.ConfluentAvroSerializer;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;
import uk.casehandover.police.v1.EarlyAdviceRequested;
import uk.casehandover.runtime.outbox.Outbox;
import uk.casehandover.runtime.support.TopicReader;
import uk.casehandover.schemas.Topics;

/** The relay without Spring: restarts, a relay lock shared by two replicas, events written before it first ran. */
@RealPlatformTest
class OutboxRelayIT {

    private final List<OutboxRelay> relays = new ArrayList<>();
    private RealPlatform platform;
    private RelaySettings settings;
    private Outbox outbox;
    private TransactionTemplate transaction;
    private String topic;

    @BeforeEach
    void aMigratedDatabaseAndATopic(RealPlatform started) {
        platform = started;
        String url = platform.newDatabase("relay_it");
        DataSource dataSource = platform.dataSource(url);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/handover-runtime").load().migrate();
        settings = new RelaySettings(url, platform.jdbcUsername(), platform.jdbcPassword(),
                url.substring(url.lastIndexOf('/') + 1), platform.kafkaAdminProperties(),
                Duration.ofMillis(20), Duration.ofMillis(200));
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer();
        serializer.configure(Map.of("schema.registry.url", platform.schemaRegistryUrl()), false);
        outbox = new Outbox(new JdbcTemplate(dataSource), serializer, true);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        topic = platform.newTopic(Topics.POLICE_TO_CPS);
    }

    @AfterEach
    void stopTheRelaysAndDropTheSlot() {
        relays.forEach(OutboxRelay::stop);
        OutboxRelay.dropReplicationSlot(settings, Duration.ofSeconds(30));
    }

    @Test
    void relaysEventsCommittedAfterItsSlotWasCreatedButBeforeItFirstRan() throws SQLException {
        try (Connection otherReplica = platform.dataSource(settings.jdbcUrl()).getConnection()) {
            holdTheRelayLock(otherReplica);
            OutboxRelay relay = relay();
            relay.start();
            List<String> appended = append(3);
            assertThat(relay.isRelaying()).isFalse();

            otherReplica.close();

            try (TopicReader reader = new TopicReader(platform.kafkaAdminProperties(), topic)) {
                assertThat(eventIds(reader.awaitAtLeast(3))).containsExactlyElementsOf(appended);
            }
        }
    }

    @Test
    void relaysWhatWasCommittedWhileItWasStoppedAndRepublishesAtMostTheLastBatch() {
        OutboxRelay first = relay();
        first.start();
        List<String> appended = new ArrayList<>(append(3));
        try (TopicReader reader = new TopicReader(platform.kafkaAdminProperties(), topic)) {
            reader.awaitAtLeast(3);
            appended.addAll(append(1));
            reader.awaitAtLeast(4);
            first.stop();

            appended.addAll(append(4));
            relay().start();

            reader.awaitUntil(records -> Set.copyOf(eventIds(records)).size() == appended.size());
            await("only the last batch before the stop (one event) may be sent again")
                    .during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> reader.poll().size() <= appended.size() + 1);

            assertThat(eventIds(reader.poll()).stream().distinct().toList()).containsExactlyElementsOf(appended);
        }
    }

    @Test
    void relaysFromOneReplicaAtATimeAndTheOtherTakesOverWhenItStops() {
        OutboxRelay a = relay();
        OutboxRelay b = relay();
        a.start();
        b.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> a.isRelaying() || b.isRelaying());
        OutboxRelay holder = a.isRelaying() ? a : b;
        OutboxRelay standby = holder == a ? b : a;

        List<String> appended = new ArrayList<>(append(2));
        try (TopicReader reader = new TopicReader(platform.kafkaAdminProperties(), topic)) {
            reader.awaitAtLeast(2);
            assertThat(standby.isRelaying()).isFalse();
            assertThat(standby.relayedCount()).isZero();

            holder.stop();
            await().atMost(Duration.ofSeconds(20)).until(standby::isRelaying);
            appended.addAll(append(2));

            assertThat(eventIds(reader.awaitAtLeast(4))).containsExactlyElementsOf(appended);
            await().atMost(Duration.ofSeconds(10)).until(() -> standby.relayedCount() == 2);
            assertThat(holder.relayedCount()).isEqualTo(2);
        }
    }

    @Test
    void refusesToStartOnASlotOfAnotherDatabase() {
        relay().start();
        String otherDatabase = platform.newDatabase("relay_it_other");
        OutboxRelay misconfigured = new OutboxRelay(new RelaySettings(otherDatabase, platform.jdbcUsername(),
                platform.jdbcPassword(), settings.slotName(), settings.producerProperties(),
                settings.pollInterval(), settings.lockRetryInterval()));

        assertThatThrownBy(misconfigured::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("casehandover.outbox.slot-name");
        assertThat(misconfigured.isRunning()).isFalse();
    }

    private OutboxRelay relay() {
        OutboxRelay relay = new OutboxRelay(settings);
        relays.add(relay);
        return relay;
    }

    private List<String> append(int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            EarlyAdviceRequested event = anEarlyAdviceRequested().build();
            transaction.executeWithoutResult(status -> outbox.append(topic, event));
            return event.getMetadata().getEventId().toString();
        }).toList();
    }

    private void holdTheRelayLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, OutboxRelay.lockKey(settings.slotName()));
            lock.execute();
        }
    }

    private static List<String> eventIds(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream()
                .map(record -> new String(record.headers().lastHeader(Topics.HEADER_EVENT_ID).value(), StandardCharsets.UTF_8))
                .toList();
    }
}
