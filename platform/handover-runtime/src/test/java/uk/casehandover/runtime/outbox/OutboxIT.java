package uk.casehandover.runtime.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static uk.casehandover.schemas.fixtures.SampleEvents.anEarlyAdviceRequested;
import static uk.casehandover.schemas.fixtures.SampleEvents.metadata;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.platform.serde.ConfluentAvroDeserializer;
import uk.casehandover.platform.serde.ConfluentAvroSerializer;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;
import uk.casehandover.police.v1.EarlyAdviceRequested;
import uk.casehandover.runtime.inbox.Inbox;
import uk.casehandover.runtime.relay.OutboxRelay;
import uk.casehandover.runtime.support.TopicReader;
import uk.casehandover.schemas.Topics;

/** The outbox as a service uses it: auto-configured, with the auto-configured relay publishing to Kafka. */
@RealPlatformTest
class OutboxIT {

    static RealPlatform platform;
    static String database;
    static ConfigurableApplicationContext service;
    static Outbox outbox;
    static Inbox inbox;
    static OutboxRelay relay;
    static TransactionTemplate transaction;

    @BeforeAll
    static void startTheService(RealPlatform started) {
        platform = started;
        database = started.newDatabase("outbox_it");
        service = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.application.name=police-service",
                        "spring.kafka.bootstrap-servers=" + platform.bootstrapServers(),
                        // the test's own topics are no service's: the application runs as the super user
                        "casehandover.kafka.principal=admin",
                        "casehandover.kafka.credentials-directory=" + platform.kafkaCredentialsDirectory(),
                        "spring.kafka.properties.schema.registry.url=" + platform.schemaRegistryUrl(),
                        "spring.datasource.url=" + database,
                        "spring.datasource.username=" + platform.jdbcUsername(),
                        "spring.datasource.password=" + platform.jdbcPassword(),
                        "casehandover.outbox.slot-name=" + database.substring(database.lastIndexOf('/') + 1),
                        "casehandover.outbox.accept-suffixed-topics=true",
                        "casehandover.outbox.relay.lock-retry-interval=200ms",
                        "logging.level.kafka=WARN", "logging.level.org.apache.kafka=WARN")
                .run();
        outbox = service.getBean(Outbox.class);
        inbox = service.getBean(Inbox.class);
        relay = service.getBean(OutboxRelay.class);
        transaction = service.getBean(TransactionTemplate.class);
    }

    @AfterAll
    static void stopTheServiceAndDropItsSlot() {
        if (service != null) {
            service.close();
            relay.dropReplicationSlot(Duration.ofSeconds(30));
        }
    }

    @Test
    void publishesACommittedEventWithTheUrnAsKeyItsHeadersAndTheBytesOurSerializerWrote() {
        String topic = platform.newTopic(Topics.POLICE_TO_CPS);
        EarlyAdviceRequested event = anEarlyAdviceRequested().build();

        try (TopicReader reader = new TopicReader(platform.kafkaAdminProperties(), topic)) {
            reader.poll();
            long appended = System.nanoTime();
            transaction.executeWithoutResult(status -> outbox.append(topic, event));

            ConsumerRecord<byte[], byte[]> record = reader.awaitAtLeast(1).get(0);
            System.out.printf("outbox commit to record read: %d ms%n", (System.nanoTime() - appended) / 1_000_000);
            assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(event.getMetadata().getUrn());
            assertThat(header(record, Topics.HEADER_EVENT_TYPE)).isEqualTo(EarlyAdviceRequested.getClassSchema().getFullName());
            assertThat(header(record, Topics.HEADER_EVENT_ID)).isEqualTo(event.getMetadata().getEventId().toString());
            assertThat(record.value()).isEqualTo(serialized(topic, event));
            assertThat(deserialized(topic, record.value())).isEqualTo(event);
        }
        assertThat(service.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM handover_outbox",
                Integer.class)).isZero();
    }

    @Test
    void publishesNothingForARolledBackTransaction() {
        String topic = platform.newTopic(Topics.POLICE_TO_CPS);
        EarlyAdviceRequested rolledBack = anEarlyAdviceRequested().build();
        EarlyAdviceRequested committed = anEarlyAdviceRequested().build();

        transaction.executeWithoutResult(status -> {
            outbox.append(topic, rolledBack);
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> outbox.append(topic, committed));

        try (TopicReader reader = new TopicReader(platform.kafkaAdminProperties(), topic)) {
            List<ConsumerRecord<byte[], byte[]>> records = reader.awaitAtLeast(1);
            assertThat(records).singleElement()
                    .satisfies(record -> assertThat(header(record, Topics.HEADER_EVENT_ID))
                            .isEqualTo(committed.getMetadata().getEventId().toString()));
        }
    }

    @Test
    void refusesToAppendOutsideATransaction() {
        String topic = platform.newTopic(Topics.POLICE_TO_CPS);

        assertThatThrownBy(() -> outbox.append(topic, anEarlyAdviceRequested().build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside a transaction");
    }

    @Test
    void refusesAnInvalidEventAndWritesNothingEvenWhenTheTransactionCommits() {
        String topic = platform.newTopic(Topics.POLICE_TO_CPS);
        EarlyAdviceRequested fromTheWrongAgency = anEarlyAdviceRequested()
                .setMetadata(metadata(Agency.CPS).setUrn("NOT-A-URN").build())
                .build();
        EarlyAdviceRequested valid = anEarlyAdviceRequested().build();

        transaction.executeWithoutResult(status -> {
            assertThatThrownBy(() -> outbox.append(topic, fromTheWrongAgency))
                    .isInstanceOf(InvalidHandoverException.class)
                    .hasMessageContaining("metadata.producingAgency")
                    .hasMessageContaining("metadata.urn")
                    .satisfies(e -> assertThat(((InvalidHandoverException) e).violations()).hasSizeGreaterThanOrEqualTo(2));
            outbox.append(topic, valid);
        });

        try (TopicReader reader = new TopicReader(platform.kafkaAdminProperties(), topic)) {
            assertThat(reader.awaitAtLeast(1)).singleElement()
                    .satisfies(record -> assertThat(header(record, Topics.HEADER_EVENT_ID))
                            .isEqualTo(valid.getMetadata().getEventId().toString()));
        }
    }

    @Test
    void refusesAnEventThatMayNotTravelOnTheTopic() {
        String topic = platform.newTopic(Topics.POLICE_TO_ISVA);

        assertThatThrownBy(() -> transaction.executeWithoutResult(
                status -> outbox.append(topic, anEarlyAdviceRequested().build())))
                .isInstanceOf(InvalidHandoverException.class)
                .hasMessageContaining("may not travel on");
    }

    @Test
    void tellsAConsumerWhetherItIsTheFirstDeliveryOfAnEvent() {
        UUID eventId = UUID.randomUUID();
        String type = EarlyAdviceRequested.getClassSchema().getFullName();

        boolean first = transaction.execute(s -> inbox.firstDelivery("cps-service", eventId, type, "t", 0, 7L));
        boolean again = transaction.execute(s -> inbox.firstDelivery("cps-service", eventId, type, "t", 0, 8L));
        boolean otherConsumer = transaction.execute(s -> inbox.firstDelivery("isva-service", eventId, type, "t", 0, 7L));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(otherConsumer).isTrue();
    }

    @Test
    void forgetsADeliveryWhoseTransactionRolledBack() {
        UUID eventId = UUID.randomUUID();
        String type = EarlyAdviceRequested.getClassSchema().getFullName();

        transaction.executeWithoutResult(s -> {
            inbox.firstDelivery("cps-service", eventId, type, "t", 0, 1L);
            s.setRollbackOnly();
        });

        Boolean afterTheRollback = transaction.execute(s -> inbox.firstDelivery("cps-service", eventId, type, "t", 0, 1L));

        assertThat(afterTheRollback).isTrue();
    }

    @Test
    void refusesToRecordADeliveryOutsideATransaction() {
        assertThatThrownBy(() -> inbox.firstDelivery("cps-service", UUID.randomUUID(), "x", "t", 0, 1L))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void relaysFromOneReplicaAndCountsWhatItRelayed() {
        await().atMost(Duration.ofSeconds(10)).until(relay::isRelaying);
        String topic = platform.newTopic(Topics.POLICE_TO_CPS);
        long before = relay.relayedCount();

        List<Long> millis = new java.util.ArrayList<>();
        try (TopicReader reader = new TopicReader(platform.kafkaAdminProperties(), topic)) {
            reader.poll();
            for (int i = 1; i <= 20; i++) {
                long appended = System.nanoTime();
                transaction.executeWithoutResult(status -> outbox.append(topic, anEarlyAdviceRequested().build()));
                reader.awaitAtLeast(i);
                millis.add((System.nanoTime() - appended) / 1_000_000);
            }
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> relay.relayedCount() >= before + 20);
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("outbox commit to record read, 20 events one at a time: p50 %d ms, max %d ms%n",
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static byte[] serialized(String topic, Object event) {
        try (ConfluentAvroSerializer serializer = new ConfluentAvroSerializer()) {
            serializer.configure(Map.of("schema.registry.url", platform.schemaRegistryUrl()), false);
            return serializer.serialize(topic, new RecordHeaders(), event);
        }
    }

    private static Object deserialized(String topic, byte[] bytes) {
        try (ConfluentAvroDeserializer deserializer = new ConfluentAvroDeserializer()) {
            deserializer.configure(Map.of("schema.registry.url", platform.schemaRegistryUrl(),
                    "specific.avro.reader", "true"), false);
            return deserializer.deserialize(topic, bytes);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
    }
}
