package uk.casehandover.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.casehandover.schemas.Topics;

@RealPlatformTest
class RealPlatformExtensionIT {

    private static RealPlatform fromBeforeAll;
    private final RealPlatform platform;
    private RealPlatform fromBeforeEach;

    RealPlatformExtensionIT(RealPlatform platform) {
        this.platform = platform;
    }

    @BeforeAll
    static void rememberThePlatform(RealPlatform platform) {
        fromBeforeAll = platform;
    }

    @BeforeEach
    void rememberThePlatformAgain(RealPlatform platform) {
        fromBeforeEach = platform;
    }

    @Test
    void injectsOnePlatformEverywhereInTheJvm(RealPlatform fromTheTest) {
        assertThat(fromTheTest).isSameAs(platform).isSameAs(fromBeforeAll).isSameAs(fromBeforeEach);
        assertThat(SharedPlatform.starts()).isEqualTo(1);
    }

    @Test
    void createsATopicThatTakesAndGivesBackARecordStraightAway() throws Exception {
        String topic = platform.newTopic("police.to.cps");

        try (var producer = new KafkaProducer<>(with(Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000)),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "01ZD0304208", "CaseFileSubmitted")).get();
        }

        assertThat(consumeOne(topic).value()).isEqualTo("CaseFileSubmitted");
    }

    @Test
    void refusesAClientThatDoesNotAuthenticateAndGivesServicesTheCredentialsDirectory() throws Exception {
        try (Admin anonymous = Admin.create(Map.<String, Object>of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000))) {
            assertThatThrownBy(() -> anonymous.listTopics().names().get()).hasCauseInstanceOf(TimeoutException.class);
        }
        try (Admin admin = Admin.create(platform.kafkaAdminProperties())) {
            assertThat(admin.listTopics().names().get()).containsAll(Topics.EVERY);
        }
        assertThat(platform.serviceArguments("jdbc:postgresql://localhost/x_1"))
                .contains("--casehandover.kafka.credentials-directory=" + platform.kafkaCredentialsDirectory());
        assertThat(platform.kafkaCredentialsDirectory().resolve("police")).isRegularFile();
    }

    private Map<String, Object> with(Map<String, Object> settings) {
        Map<String, Object> config = new java.util.HashMap<>(platform.kafkaAdminProperties());
        config.putAll(settings);
        return config;
    }

    @Test
    void startsWithEveryHandoverTopicOfTheContract() throws Exception {
        try (Admin admin = Admin.create(platform.kafkaAdminProperties())) {
            assertThat(admin.describeTopics(Topics.EVERY).allTopicNames().get())
                    .allSatisfy((name, description) -> assertThat(description.partitions()).hasSize(3))
                    .containsOnlyKeys(Topics.EVERY);
        }
    }

    @Test
    void givesEveryTopicAUniqueNameWithTheRequestedPartitions() throws Exception {
        String first = platform.newTopic("cps.to.police", 3);
        String second = platform.newTopic("cps.to.police", 3);

        assertThat(first).startsWith("cps.to.police-").isNotEqualTo(second);
        try (Admin admin = Admin.create(platform.kafkaAdminProperties())) {
            assertThat(admin.describeTopics(List.of(first)).allTopicNames().get().get(first).partitions()).hasSize(3);
        }
    }

    @Test
    void givesEveryTestItsOwnEmptyDatabase() throws Exception {
        String first = platform.newDatabase("police-service");
        String second = platform.newDatabase("police-service");

        assertThat(first).isNotEqualTo(second).startsWith("jdbc:postgresql://localhost:");
        try (Connection connection = platform.dataSource(first).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE outbox (id bigint PRIMARY KEY)");
        }
        try (Connection connection = platform.dataSource(second).getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'outbox'")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    @Test
    void runsTheRealSchemaRegistry() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String subject = platform.newTopic("registry.self.test") + "-value";
        String schema = "{\"schema\": \"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Ping\\\",\\\"namespace\\\":\\\"uk.casehandover.common.v1\\\",\\\"fields\\\":[{\\\"name\\\":\\\"urn\\\",\\\"type\\\":\\\"string\\\"}]}\"}";

        HttpResponse<String> registered = http.send(HttpRequest.newBuilder(URI.create(platform.schemaRegistryUrl() + "/subjects/" + subject + "/versions"))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString(schema)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> subjects = http.send(HttpRequest.newBuilder(URI.create(platform.schemaRegistryUrl() + "/subjects")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        assertThat(registered.body()).contains("\"id\"");
        assertThat(subjects.body()).contains(subject);
    }

    private ConsumerRecord<String, String> consumeOne(String topic) {
        try (var consumer = new KafkaConsumer<>(with(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, topic + "-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> {
                        consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                        return !records.isEmpty();
                    });
            return records.get(0);
        }
    }
}
