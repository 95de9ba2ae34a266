package uk.casehandover.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerIT {

    private static final String TOPIC = "police.to.cps.test";
    private static final String URN = "01ZD0304208";

    @TempDir
    Path dataDirectory;

    @TempDir
    Path credentialsDirectory;

    KafkaCredentials credentials;

    @BeforeEach
    void credentials() {
        credentials = KafkaCredentials.loadOrCreate(credentialsDirectory);
    }

    @Test
    void keepsTopicsRecordsAndCommittedOffsetsAcrossARestartOnTheSameDataDirectory() throws Exception {
        long firstStart = System.nanoTime();
        try (KafkaBroker broker = KafkaBroker.start(dataDirectory, 0, credentials)) {
            System.out.printf("Kafka first start (format + start) %d ms%n", (System.nanoTime() - firstStart) / 1_000_000);
            try (Admin admin = admin(broker)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
            }
            try (var producer = producer(broker)) {
                producer.send(new ProducerRecord<>(TOPIC, URN, "CaseFileSubmitted")).get();
            }
            try (var consumer = consumer(broker, "first-run")) {
                assertThat(pollUntilRecords(consumer, 1)).extracting(ConsumerRecord::value).containsExactly("CaseFileSubmitted");
                consumer.commitSync();
            }
        }

        long secondStart = System.nanoTime();
        try (KafkaBroker broker = KafkaBroker.start(dataDirectory, 0, credentials)) {
            System.out.printf("Kafka restart on existing data %d ms%n", (System.nanoTime() - secondStart) / 1_000_000);
            try (Admin admin = admin(broker)) {
                assertThat(admin.listTopics().names().get()).contains(TOPIC);
                var committed = admin.listConsumerGroupOffsets("first-run").partitionsToOffsetAndMetadata().get();
                assertThat(committed.values()).singleElement().satisfies(offset -> assertThat(offset.offset()).isEqualTo(1));
            }
            try (var consumer = consumer(broker, "second-run")) {
                assertThat(pollUntilRecords(consumer, 1))
                        .singleElement()
                        .satisfies(r -> {
                            assertThat(r.key()).isEqualTo(URN);
                            assertThat(r.value()).isEqualTo("CaseFileSubmitted");
                        });
            }
        }
    }

    @Test
    void refusesToCreateATopicImplicitly() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(dataDirectory, 0, credentials); Admin admin = admin(broker)) {
            try (var consumer = consumer(broker, "typo")) {
                consumer.subscribe(List.of("a.topic.nobody.created"));
                consumer.poll(Duration.ofMillis(500));
            }

            assertThat(admin.listTopics().names().get()).doesNotContain("a.topic.nobody.created");
        }
    }

    @Test
    void writesTheServerPropertiesItRunsWithIntoTheDataDirectory() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(dataDirectory, 0, credentials)) {
            Properties written = new Properties();
            try (var in = Files.newInputStream(dataDirectory.resolve("server.properties"))) {
                written.load(in);
            }

            assertThat(written.getProperty("listeners"))
                    .isEqualTo("CLIENT://localhost:" + broker.port() + ",CONTROLLER://localhost:" + broker.controllerPort());
            assertThat(written.getProperty("listener.security.protocol.map"))
                    .isEqualTo("CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
            assertThat(Files.getPosixFilePermissions(dataDirectory.resolve("server.properties")))
                    .as("it holds the admin password").containsExactlyInAnyOrder(
                            java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            assertThat(written.getProperty("auto.create.topics.enable")).isEqualTo("false");
            assertThat(broker.bootstrapServers()).isEqualTo("localhost:" + broker.port());
        }
    }

    @Test
    void namesTheTakenPortWhenItCannotListen() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> KafkaBroker.start(dataDirectory, taken.getLocalPort(), credentials))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessage("Kafka broker port " + taken.getLocalPort() + " is already in use");
        }
    }

    private static List<ConsumerRecord<String, String>> pollUntilRecords(KafkaConsumer<String, String> consumer, int count) {
        consumer.subscribe(List.of(TOPIC));
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            return records.size() >= count;
        });
        return records;
    }

    private static Admin admin(KafkaBroker broker) {
        return Admin.create(broker.adminClientProperties());
    }

    private static KafkaProducer<String, String> producer(KafkaBroker broker) {
        Map<String, Object> config = new java.util.HashMap<>(broker.adminClientProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(KafkaBroker broker, String group) {
        Map<String, Object> config = new java.util.HashMap<>(broker.adminClientProperties());
        config.putAll(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }
}
