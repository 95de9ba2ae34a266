package uk.casehandover.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casehandover.schemas.Topics;

class LocalPlatformIT {

    private static final String[] ANY_FREE_PORTS = {
        "--kafka-port", "0", "--kafka-controller-port", "0", "--postgres-port", "0", "--registry-port", "0",
        "--identity-provider-port", "0"};
    private static final String SUBJECT = "handover.police-to-cps-uk.casehandover.common.v1.Ping";
    private static final String PING_SCHEMA = "{\"schema\": \"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Ping\\\","
            + "\\\"namespace\\\":\\\"uk.casehandover.common.v1\\\",\\\"fields\\\":[{\\\"name\\\":\\\"urn\\\",\\\"type\\\":\\\"string\\\"}]}\"}";

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDirectory;

    @Test
    void startsEverythingStopsOnSigtermAndKeepsItsStateForTheNextRun() throws Exception {
        String schemaId;
        try (PlatformProcess first = PlatformProcess.launch(withDataDirectory())) {
            Duration cold = first.awaitReady();
            System.out.printf("local platform cold start (command to ready): %.1f s%n", cold.toMillis() / 1000.0);
            String registry = first.address("Schema registry");
            String kafka = first.address("Kafka bootstrap");

            assertThat(topics(kafka)).containsAll(Topics.EVERY);
            assertThat(get(registry + "/config")).contains("FULL_TRANSITIVE");
            for (String service : List.of("Police service", "CPS service", "ISVA service")) {
                assertThat(get(first.address(service) + "/v3/api-docs")).as(service).contains("\"openapi\"");
            }
            String provider = first.address("Identity provider");
            String isvaToken = token(provider, "ISVA-0007");
            assertThat(status(first.address("ISVA service") + "/api/isva-services/ISVA-SVC-0001/updates", isvaToken))
                    .isEqualTo(200);
            assertThat(status(first.address("Police service") + "/api/cases/01ZD0304208", isvaToken)).isEqualTo(403);
            assertThat(status(first.address("Police service") + "/api/cases/01ZD0304208", null)).isEqualTo(401);
            schemaId = register(registry);
            send(kafka, "handover.police-to-cps", "01ZD0304208", "CaseFileSubmitted");

            assertThat(first.terminate()).isZero();
            assertThat(first.console()).contains("Platform stopped");
        }

        try (PlatformProcess second = PlatformProcess.launch(withDataDirectory())) {
            Duration warm = second.awaitReady();
            System.out.printf("local platform warm start (command to ready): %.1f s%n", warm.toMillis() / 1000.0);

            assertThat(get(second.address("Schema registry") + "/subjects/" + SUBJECT + "/versions/1"))
                    .contains("\"id\":" + schemaId);
            assertThat(receiveOne(second.address("Kafka bootstrap"), "handover.police-to-cps").value())
                    .isEqualTo("CaseFileSubmitted");
            assertThat(second.terminate()).isZero();
        }
    }

    @Test
    void refusesATakenPortNamingTheFlagThatChangesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             PlatformProcess platform = PlatformProcess.launch("--data-dir", dataDirectory.toString(),
                     "--kafka-port", "0", "--kafka-controller-port", "0", "--registry-port", "0",
                     "--postgres-port", String.valueOf(taken.getLocalPort()))) {

            assertThat(platform.awaitExit()).isEqualTo(1);
            assertThat(platform.console())
                    .contains("port " + taken.getLocalPort() + " (PostgreSQL) is already in use")
                    .contains("--postgres-port N");
        }
    }

    @Test
    void printsItsFlagsOnHelp() throws Exception {
        try (PlatformProcess platform = PlatformProcess.launch("--help")) {
            assertThat(platform.awaitExit()).isZero();
            assertThat(platform.console()).contains("--data-dir DIR", "--fresh", "--kafka-port N", "--registry-port N");
        }
    }

    private String[] withDataDirectory() {
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDirectory.toString()));
        args.addAll(List.of(ANY_FREE_PORTS));
        return args.toArray(String[]::new);
    }

    private String register(String registry) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(registry + "/subjects/" + SUBJECT + "/versions"))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString(PING_SCHEMA)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(response.body());
        assertThat(id.find()).as(response.body()).isTrue();
        return id.group(1);
    }

    /** A demo user's token by the README's one curl command, as a client_credentials request. */
    private String token(String provider, String user) throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((user + ":demo-" + user).getBytes());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(provider + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private int status(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().replace(" ", "");
    }

    private static java.util.Set<String> topics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            return admin.listTopics().names().get();
        }
    }

    private static void send(String bootstrap, String topic, String key, String value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static ConsumerRecord<String, String> receiveOne(String bootstrap, String topic) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "local-platform-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                return !records.isEmpty();
            });
            return records.get(0);
        }
    }
}
