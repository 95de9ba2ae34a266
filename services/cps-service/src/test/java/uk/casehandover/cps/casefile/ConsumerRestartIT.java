package uk.casehandover.cps.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.casehandover.schemas.fixtures.SampleEvents.aCaseFileSubmitted;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.casehandover.cps.CpsServiceApplication;
import uk.casehandover.cps.v1.CaseFileReceiptAcknowledged;
import uk.casehandover.platform.serde.ConfluentAvroDeserializer;
import uk.casehandover.platform.serde.ConfluentAvroSerializer;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;
import uk.casehandover.police.v1.CaseFileSubmitted;
import uk.casehandover.runtime.relay.OutboxRelay;
import uk.casehandover.schemas.Topics;

/**
 * A consumer stopped mid-stream and restarted loses nothing and applies nothing twice: 200 case files for distinct
 * cases, the service stopped while part-way through them and started again on the same database, then a few of
 * the same records delivered again. Every file is applied once and acknowledged by exactly one receipt event (the
 * relay is at least once: after a stop it may publish its last batch again, the same events with the same ids).
 *
 * <p>The files go to a police-to-CPS topic of this test's own ({@code handover.police-to-cps-<n>}, 3 partitions, the
 * contract of handover.police-to-cps): on the shared topic the other ITs' still running CPS consumer would apply
 * them too and send receipts of its own. The receipts go to the real handover.cps-to-police.
 */
@RealPlatformTest
class ConsumerRestartIT {

    static final int FILES = 200;
    static final int REDELIVERED = 5;
    static final String CONSUMER = "cps-service";
    static final String GROUP = "cps-consumer-restart-it";
    static final Duration PATIENCE = Duration.ofSeconds(90);

    static RealPlatform platform;
    static String database;
    static String topic;
    static JdbcClient jdbc;

    @BeforeAll
    static void platform(RealPlatform started) {
        platform = started;
        database = started.newDatabase("cps_consumer_restart");
        topic = started.newTopic(Topics.POLICE_TO_CPS, 3);
        jdbc = JdbcClient.create(started.dataSource(database));
        grantTheCpsPrincipalThisTestsTopicAndGroup();
    }

    /**
     * The service runs as its own principal, {@code cps}, whose ACLs name the real topic and group only: it is given
     * this test's topic, group and dead-letter topic the same way (by the harness, as the super user).
     */
    private static void grantTheCpsPrincipalThisTestsTopicAndGroup() {
        List<AclBinding> grants = new ArrayList<>();
        grants.add(allowCps(ResourceType.TOPIC, topic, AclOperation.READ));
        grants.add(allowCps(ResourceType.GROUP, GROUP, AclOperation.READ));
        for (AclOperation operation : List.of(AclOperation.CREATE, AclOperation.WRITE, AclOperation.READ)) {
            grants.add(allowCps(ResourceType.TOPIC, topic + "." + GROUP + ".dlt", operation));
        }
        try (Admin admin = Admin.create(platform.kafkaAdminProperties())) {
            admin.createAcls(grants).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AclBinding allowCps(ResourceType type, String name, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry("User:cps", "*", operation, AclPermissionType.ALLOW));
    }

    @Test
    void aConsumerStoppedMidStreamAndRestartedAppliesEveryFileOnceAndAcknowledgesEachWithOneReceipt() {
        // given 200 case files of distinct cases on the wire, and the service applying them
        List<OnTheWire> wire = serialized(caseFilesOfDistinctCases());
        List<UUID> files = wire.stream().map(OnTheWire::eventId).toList();
        ConfigurableApplicationContext first = start();
        try {
            send(wire);
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(5)).until(() -> applied(files) >= 20);
        } finally {
            // when it stops part-way through
            first.close();
        }
        Set<UUID> appliedBeforeTheRestart = appliedEventIds(files);
        assertThat(appliedBeforeTheRestart).as("stopped part-way through the stream").hasSizeBetween(1, FILES - 1);

        // and starts again on the same database
        ConfigurableApplicationContext restarted = start();
        Map<UUID, List<UUID>> receipts;
        try {
            await().atMost(PATIENCE).until(() -> applied(files) == FILES);
            awaitTheGroupAtTheEndOfTheTopic();
            // and a few of the same records arrive again, byte for byte
            send(wire.subList(0, REDELIVERED));
            awaitTheGroupAtTheEndOfTheTopic();
            receipts = receiptsOnTheWire(Set.copyOf(files));
        } finally {
            OutboxRelay relay = restarted.getBean(OutboxRelay.class);
            restarted.close();
            relay.dropReplicationSlot(Duration.ofSeconds(30));
        }

        // then every file was applied exactly once
        assertThat(applied(files)).isEqualTo(FILES);
        assertThat(jdbc.sql("SELECT count(*) FROM cps_case WHERE file_event_id IN (:ids)").param("ids", files)
                .query(Integer.class).single()).isEqualTo(FILES);
        assertThat(jdbc.sql("SELECT count(*) FROM cps_handover WHERE direction = 'SENT' AND event_type = :type")
                .param("type", CaseFileReceiptAcknowledged.getClassSchema().getFullName())
                .query(Integer.class).single()).as("receipts the service wrote").isEqualTo(FILES);
        // and exactly one receipt per file reached the police; the relay may publish the last batch it relayed
        // before the stop again (at least once: the same receipt, same eventId, which the police inbox drops)
        assertThat(receipts).as("a receipt for every file").containsOnlyKeys(files);
        assertThat(receipts.values()).as("one receipt event per file, never a second one")
                .allSatisfy(receiptIds -> assertThat(Set.copyOf(receiptIds)).hasSize(1));
        assertThat(receipts.entrySet()).filteredOn(receipt -> receipt.getValue().size() > 1)
                .as("sent again only by the relay, for files applied before the stop")
                .allSatisfy(copied -> assertThat(appliedBeforeTheRestart).contains(copied.getKey()));
    }

    // --- the police side and the service's state ---

    private static List<CaseFileSubmitted> caseFilesOfDistinctCases() {
        int first = ThreadLocalRandom.current().nextInt(9_000_000);
        return IntStream.range(0, FILES)
                .mapToObj(i -> aCaseFileSubmitted().withUrn("01ZT" + String.format("%07d", first + i)).build())
                .toList();
    }

    /** A file as the police's producer writes it: its eventId, its URN (the key) and its bytes, serialized once. */
    record OnTheWire(UUID eventId, String urn, byte[] bytes) {
    }

    private static List<OnTheWire> serialized(List<CaseFileSubmitted> files) {
        try (ConfluentAvroSerializer serializer = new ConfluentAvroSerializer()) {
            serializer.configure(Map.of("schema.registry.url", platform.schemaRegistryUrl()), false);
            return files.stream().map(file -> new OnTheWire(file.getMetadata().getEventId(),
                    file.getMetadata().getUrn(), serializer.serialize(Topics.POLICE_TO_CPS, new RecordHeaders(), file)))
                    .toList();
        }
    }

    private static void send(List<OnTheWire> wire) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(asAdmin(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.LINGER_MS_CONFIG, 5)))) {
            for (OnTheWire file : wire) {
                RecordHeaders headers = new RecordHeaders();
                headers.add(Topics.HEADER_EVENT_TYPE,
                        CaseFileSubmitted.getClassSchema().getFullName().getBytes(StandardCharsets.UTF_8));
                headers.add(Topics.HEADER_EVENT_ID, file.eventId().toString().getBytes(StandardCharsets.UTF_8));
                producer.send(new ProducerRecord<>(topic, null, file.urn(), file.bytes(), headers));
            }
            producer.flush();
        }
    }

    private static int applied(List<UUID> files) {
        return jdbc.sql("SELECT count(*) FROM handover_inbox WHERE consumer = :consumer AND event_id IN (:ids)")
                .param("consumer", CONSUMER).param("ids", files).query(Integer.class).single();
    }

    private static Set<UUID> appliedEventIds(List<UUID> files) {
        return Set.copyOf(jdbc.sql("SELECT event_id FROM handover_inbox WHERE consumer = :consumer AND event_id IN (:ids)")
                .param("consumer", CONSUMER).param("ids", files).query(UUID.class).list());
    }

    /** Waits until the service's consumer group has committed every record of the topic as of now. */
    private static void awaitTheGroupAtTheEndOfTheTopic() {
        try (Admin admin = Admin.create(platform.kafkaAdminProperties())) {
            Map<TopicPartition, OffsetSpec> partitions = IntStream.range(0, 3).boxed()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p), p -> OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = admin.listOffsets(partitions).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue());
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The receipts on handover.cps-to-police for these files, by file: waits until every file has one, then reads on
     * to the end of the topic as it is then, so that a second receipt published before that point would be seen.
     */
    private static Map<UUID, List<UUID>> receiptsOnTheWire(Set<UUID> files) {
        Map<UUID, List<UUID>> receipts = new HashMap<>();
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(asAdmin(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ConfluentAvroDeserializer.class,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000,
                "schema.registry.url", platform.schemaRegistryUrl(),
                "specific.avro.reader", "true")))) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CPS_TO_POLICE).stream()
                    .map(info -> new TopicPartition(Topics.CPS_TO_POLICE, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(PATIENCE).pollInSameThread().pollInterval(Duration.ofMillis(10))
                    .until(() -> read(consumer, files, receipts).size() == files.size());
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            await().atMost(PATIENCE).pollInSameThread().pollInterval(Duration.ofMillis(10)).until(() -> {
                read(consumer, files, receipts);
                return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
            });
        }
        return receipts;
    }

    private static Map<UUID, List<UUID>> read(KafkaConsumer<String, Object> consumer, Set<UUID> files,
            Map<UUID, List<UUID>> receipts) {
        for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(50))) {
            if (record.value() instanceof CaseFileReceiptAcknowledged receipt
                    && files.contains(receipt.getCaseFileEventId())) {
                receipts.computeIfAbsent(receipt.getCaseFileEventId(), file -> new ArrayList<>())
                        .add(receipt.getMetadata().getEventId());
            }
        }
        return receipts;
    }

    /** The harness's client settings: these, as the super user. */
    private static Map<String, Object> asAdmin(Map<String, Object> settings) {
        Map<String, Object> config = new HashMap<>(platform.kafkaAdminProperties());
        config.putAll(settings);
        return config;
    }

    private static ConfigurableApplicationContext start() {
        String binding = "--spring.cloud.stream.bindings.policeToCps-in-0.";
        String kafkaBinding = "--spring.cloud.stream.kafka.bindings.policeToCps-in-0.consumer.";
        return new SpringApplicationBuilder(CpsServiceApplication.class)
                .web(WebApplicationType.NONE)
                .run(platform.serviceArguments(database,
                        "--casehandover.outbox.relay.lock-retry-interval=200ms",
                        binding + "destination=" + topic,
                        binding + "group=" + GROUP,
                        kafkaBinding + "dlq-name=" + topic + "." + GROUP + ".dlt",
                        // small polls, so that a stop lands between them rather than after the whole stream
                        kafkaBinding + "configuration.max.poll.records=5",
                        "--logging.level.kafka=WARN", "--logging.level.org.apache.kafka=WARN",
                        "--logging.level.uk.casehandover.cps.casefile.messaging=WARN"));
    }
}
