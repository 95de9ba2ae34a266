package uk.casehandover.runtime.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static uk.casehandover.schemas.fixtures.SampleEvents.anEarlyAdviceRequested;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casehandover.platform.embedded.KafkaCredentials;
import uk.casehandover.platform.serde.ConfluentAvroSerializer;
import uk.casehandover.platform.serde.UnknownSchemaIdException;
import uk.casehandover.platform.serde.WireFormatException;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;
import uk.casehandover.police.v1.EarlyAdviceRequested;
import uk.casehandover.runtime.inbox.HandoverMessage;
import uk.casehandover.runtime.inbox.Inbox;
import uk.casehandover.runtime.support.TopicReader;
import uk.casehandover.schemas.Topics;

/**
 * The consumer convention of the README, as a service configures it: a Spring Cloud Stream functional consumer with
 * native decoding, ErrorHandlingDeserializer around our ConfluentAvroDeserializer, 3 attempts, and a dead-letter
 * topic {@code <topic>.<group>.dlt}; then DeadLetterReplay puts dead letters back.
 */
@RealPlatformTest
class DeadLetterIT {

    static final String GROUP = "cps-service";

    static RealPlatform platform;
    static String topic;
    static String deadLetters;
    static ConfigurableApplicationContext service;

    @BeforeAll
    static void startTheConsumingService(RealPlatform started) {
        platform = started;
        topic = platform.newTopic(Topics.POLICE_TO_CPS);
        deadLetters = topic + "." + GROUP + ".dlt";
        String database = platform.newDatabase("dead_letter_it");
        String binding = "spring.cloud.stream.bindings.handover-in-0.";
        String kafkaBinding = "spring.cloud.stream.kafka.bindings.handover-in-0.consumer.";
        service = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.application.name=" + GROUP,
                        "spring.kafka.bootstrap-servers=" + platform.bootstrapServers(),
                        // the test's own topics are no service's: the application runs as the super user
                        "casehandover.kafka.principal=admin",
                        "casehandover.kafka.credentials-directory=" + platform.kafkaCredentialsDirectory(),
                        "spring.kafka.properties.schema.registry.url=" + platform.schemaRegistryUrl(),
                        "spring.datasource.url=" + database,
                        "spring.datasource.username=" + platform.jdbcUsername(),
                        "spring.datasource.password=" + platform.jdbcPassword(),
                        "casehandover.outbox.relay.enabled=false",
                        "spring.cloud.function.definition=handover",
                        binding + "destination=" + topic,
                        binding + "group=${spring.application.name}",
                        binding + "consumer.use-native-decoding=true",
                        binding + "consumer.max-attempts=3",
                        binding + "consumer.back-off-initial-interval=50",
                        binding + "consumer.back-off-max-interval=200",
                        kafkaBinding + "enable-dlq=true",
                        kafkaBinding + "dlq-name=" + deadLetters,
                        kafkaBinding + "configuration.key.deserializer=org.apache.kafka.common.serialization.StringDeserializer",
                        kafkaBinding + "configuration.value.deserializer=org.springframework.kafka.support.serializer.ErrorHandlingDeserializer",
                        kafkaBinding + "configuration.spring.deserializer.value.delegate.class=uk.casehandover.platform.serde.ConfluentAvroDeserializer",
                        kafkaBinding + "configuration.specific.avro.reader=true",
                        "logging.level.kafka=WARN", "logging.level.org.apache.kafka=WARN")
                .run();
    }

    @AfterAll
    static void stopTheService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void deadLettersUndecodableRecordsNamingTheSerdesReasonAndOneItsHandlerRejectsAndGoesOnToApplyTheNext() {
        byte[] badMagicByte = {1, 0, 0, 0, 1, 2, 3};
        byte[] unknownSchemaId = {0, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xf0, 2};
        EarlyAdviceRequested rejected = anEarlyAdviceRequested().build();
        EarlyAdviceRequested good = anEarlyAdviceRequested().build();
        Handler.failing.add(id(rejected));

        long malformedOffset = send(badMagicByte, null);
        long unknownSchemaOffset = send(unknownSchemaId, null);
        long rejectedOffset = send(serialized(rejected), rejected);
        send(serialized(good), good);

        await().atMost(Duration.ofSeconds(30)).until(() -> Handler.applied.contains(id(good)));
        try (TopicReader reader = new TopicReader(platform.kafkaAdminProperties(), deadLetters)) {
            List<ConsumerRecord<byte[], byte[]>> dead = reader.awaitUntil(records -> offsetsOf(records)
                    .containsAll(Set.of(malformedOffset, unknownSchemaOffset, rejectedOffset)));
            ConsumerRecord<byte[], byte[]> malformed = at(dead, malformedOffset);
            ConsumerRecord<byte[], byte[]> unknownSchema = at(dead, unknownSchemaOffset);
            ConsumerRecord<byte[], byte[]> rejectedRecord = at(dead, rejectedOffset);

            assertThat(header(malformed, "kafka_dlt-original-topic")).isEqualTo(topic);
            assertThat(header(malformed, "kafka_dlt-original-partition")).isEqualTo("0");
            assertThat(header(malformed, "kafka_dlt-exception-message")).as("the serde's own reason, not the wrapper's")
                    .contains("Unknown magic byte 0x01").doesNotContain("Could not serialize");
            assertThat(header(malformed, "kafka_dlt-exception-fqcn")).isEqualTo(WireFormatException.class.getName());
            assertThat(malformed.value()).isEqualTo(badMagicByte);
            assertThat(header(unknownSchema, "kafka_dlt-exception-message"))
                    .contains("schema id 2147483632").contains("does not know");
            assertThat(header(unknownSchema, "kafka_dlt-exception-fqcn")).isEqualTo(UnknownSchemaIdException.class.getName());
            assertThat(unknownSchema.value()).isEqualTo(unknownSchemaId);
            assertThat(header(rejectedRecord, "kafka_dlt-original-topic")).isEqualTo(topic);
            assertThat(header(rejectedRecord, "kafka_dlt-exception-message")).contains("synthetic failure");
            assertThat(header(rejectedRecord, "kafka_dlt-exception-fqcn")).isNotBlank();
            assertThat(rejectedRecord.value()).isEqualTo(serialized(rejected));
            assertThat(header(rejectedRecord, Topics.HEADER_EVENT_ID)).isEqualTo(id(rejected).toString());
            assertThat(rejectedRecord.key()).isEqualTo(rejected.getMetadata().getUrn().getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Handler.attempts.get(id(rejected)).get()).isEqualTo(3);
        assertThat(Handler.applied).doesNotContain(id(rejected));
    }

    @Test
    void deadLettersARecordWhoseHandlerThrowsANotRetryableExceptionAfterOneAttempt() {
        // given a handler that refuses the event for good
        EarlyAdviceRequested refused = anEarlyAdviceRequested().build();
        Handler.refusing.add(id(refused));

        // when it arrives
        long offset = send(serialized(refused), refused);

        // then it is dead-lettered with the handler's reason after the first attempt
        try (TopicReader reader = new TopicReader(platform.kafkaAdminProperties(), deadLetters)) {
            ConsumerRecord<byte[], byte[]> dead = at(reader.awaitUntil(records -> offsetsOf(records).contains(offset)),
                    offset);
            assertThat(header(dead, "kafka_dlt-exception-message")).contains("synthetic refusal");
            assertThat(header(dead, "kafka_dlt-exception-fqcn")).isEqualTo(Refused.class.getName());
        }
        assertThat(Handler.attempts.get(id(refused)).get()).isEqualTo(1);
        assertThat(Handler.applied).doesNotContain(id(refused));
    }

    @TempDir
    static Path commandConfigs;

    static KafkaCredentials credentials;

    @Test
    void replaysADeadLetterOntoItsTopicWhereItIsAppliedOnceTheHandlerIsFixed() {
        credentials = KafkaCredentials.loadOrCreate(platform.kafkaCredentialsDirectory());
        EarlyAdviceRequested event = anEarlyAdviceRequested().build();
        Handler.failing.add(id(event));
        long offset = send(serialized(event), event);
        try (TopicReader reader = new TopicReader(platform.kafkaAdminProperties(), deadLetters)) {
            reader.awaitUntil(records -> offsetsOf(records).contains(offset));
        }

        Handler.failing.remove(id(event));
        // an operator replays with --command-config: a principal without the rights is refused, the admin replays
        Map<String, String> asCps = DeadLetterReplay.clientProperties(credentials.writeClientPropertiesFile("cps",
                commandConfigs.resolve("cps.properties")));
        assertThatThrownBy(() -> DeadLetterReplay.replay(platform.bootstrapServers(), asCps, deadLetters,
                deadLetters + ".replay")).isInstanceOf(TopicAuthorizationException.class);
        Map<String, String> asAdmin = DeadLetterReplay.clientProperties(credentials.writeClientPropertiesFile("admin",
                commandConfigs.resolve("admin.properties")));
        DeadLetterReplay.Result first = DeadLetterReplay.replay(platform.bootstrapServers(), asAdmin, deadLetters,
                deadLetters + ".replay");
        await().atMost(Duration.ofSeconds(30)).until(() -> Handler.applied.contains(id(event)));
        DeadLetterReplay.Result again = DeadLetterReplay.replay(platform.bootstrapServers(), asAdmin, deadLetters,
                deadLetters + ".second-replay");
        await().atMost(Duration.ofSeconds(30)).until(() -> Handler.duplicates.contains(id(event)));

        assertThat(first.republished()).isPositive();
        assertThat(again.republished()).isGreaterThanOrEqualTo(first.republished());
        assertThat(Handler.applied.stream().filter(id(event)::equals)).hasSize(1);
    }

    private static long send(byte[] value, EarlyAdviceRequested event) {
        RecordHeaders headers = new RecordHeaders();
        if (event != null) {
            headers.add(Topics.HEADER_EVENT_TYPE, EarlyAdviceRequested.getClassSchema().getFullName().getBytes(StandardCharsets.UTF_8));
            headers.add(Topics.HEADER_EVENT_ID, id(event).toString().getBytes(StandardCharsets.UTF_8));
        }
        String key = event == null ? "01ZD0304208" : event.getMetadata().getUrn();
        Map<String, Object> config = new java.util.HashMap<>(platform.kafkaAdminProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            return producer.send(new ProducerRecord<>(topic, null, key, value, headers)).get().offset();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] serialized(EarlyAdviceRequested event) {
        try (ConfluentAvroSerializer serializer = new ConfluentAvroSerializer()) {
            serializer.configure(Map.of("schema.registry.url", platform.schemaRegistryUrl()), false);
            return serializer.serialize(topic, new RecordHeaders(), event);
        }
    }

    private static Set<Long> offsetsOf(List<ConsumerRecord<byte[], byte[]>> records) {
        return Set.copyOf(records.stream().map(record -> Long.parseLong(header(record, "kafka_dlt-original-offset"))).toList());
    }

    private static ConsumerRecord<byte[], byte[]> at(List<ConsumerRecord<byte[], byte[]>> records, long offset) {
        return records.stream().filter(record -> Long.parseLong(header(record, "kafka_dlt-original-offset")) == offset)
                .findFirst().orElseThrow();
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        if (header == null) {
            return null;
        }
        byte[] value = header.value();
        if (name.equals("kafka_dlt-original-offset")) {
            return String.valueOf(ByteBuffer.wrap(value).getLong());
        }
        if (name.equals("kafka_dlt-original-partition")) {
            return String.valueOf(ByteBuffer.wrap(value).getInt());
        }
        return new String(value, StandardCharsets.UTF_8);
    }

    private static UUID id(EarlyAdviceRequested event) {
        return event.getMetadata().getEventId();
    }

    /** The service's handler: applies each event once (Inbox) and fails, for the test, on the events it is told to. */
    static class Handler implements Consumer<Message<SpecificRecord>> {

        static final Set<UUID> failing = ConcurrentHashMap.newKeySet();
        static final Set<UUID> refusing = ConcurrentHashMap.newKeySet();
        static final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();
        static final List<UUID> applied = new CopyOnWriteArrayList<>();
        static final List<UUID> duplicates = new CopyOnWriteArrayList<>();

        private final Inbox inbox;
        private final TransactionTemplate transaction;

        Handler(Inbox inbox, TransactionTemplate transaction) {
            this.inbox = inbox;
            this.transaction = transaction;
        }

        @Override
        public void accept(Message<SpecificRecord> message) {
            HandoverMessage received = HandoverMessage.of(message);
            attempts.computeIfAbsent(received.eventId(), id -> new AtomicInteger()).incrementAndGet();
            if (failing.contains(received.eventId())) {
                throw new IllegalStateException("synthetic failure applying " + received.eventType());
            }
            if (refusing.contains(received.eventId())) {
                throw new Refused("synthetic refusal of " + received.eventType());
            }
            transaction.executeWithoutResult(status -> {
                if (inbox.firstDelivery(GROUP, received)) {
                    applied.add(received.eventId());
                } else {
                    duplicates.add(received.eventId());
                }
            });
        }
    }

    /** What a service throws for a record no retry can cure. */
    static class Refused extends RuntimeException implements NotRetryable {
        Refused(String message) {
            super(message);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {

        @Bean
        Consumer<Message<SpecificRecord>> handover(Inbox inbox, TransactionTemplate transaction) {
            return new Handler(inbox, transaction);
        }
    }
}
