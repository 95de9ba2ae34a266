package uk.casehandover.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casehandover.platform.embedded.KafkaCredentials;
import uk.casehandover.platform.embedded.ServicePrincipal;
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
            Map<String, Object> auditor = clientSettings(first);

            assertThat(topics(kafka, auditor)).containsAll(Topics.EVERY);
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
            send(kafka, police(), "handover.police-to-cps", "01ZD0304208", "CaseFileSubmitted");

            assertThat(first.terminate()).isZero();
            assertThat(first.console()).contains("Platform stopped");
        }

        try (PlatformProcess second = PlatformProcess.launch(withDataDirectory())) {
            Duration warm = second.awaitReady();
            System.out.printf("local platform warm start (command to ready): %.1f s%n", warm.toMillis() / 1000.0);

            assertThat(get(second.address("Schema registry") + "/subjects/" + SUBJECT + "/versions/1"))
                    .contains("\"id\":" + schemaId);
            assertThat(readFirst(second.address("Kafka bootstrap"), clientSettings(second), "handover.police-to-cps").value())
                    .as("the record, read with the same credentials after the restart").isEqualTo("CaseFileSubmitted");
            assertThat(second.terminate()).isZero();
        }
    }

    @Test
    void takesOnlyAuthenticatedKafkaClientsAndGivesTheAuditorReadOnlySettings() throws Exception {
        try (PlatformProcess platform = PlatformProcess.launch(withDataDirectory())) {
            platform.awaitReady();
            String kafka = platform.address("Kafka bootstrap");
            Path auditorFile = auditorProperties(platform);
            Map<String, Object> auditor = clientSettings(platform);
            send(kafka, police(), Topics.POLICE_TO_CPS, "01ZD0304208", "CaseFileSubmitted");

            assertThat(auditorFile).isEqualTo(dataDirectory.resolve("kafka-credentials").resolve("auditor.properties"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(auditorFile))).isEqualTo("rw-------");
            assertThat(topics(kafka, auditor)).as("the auditor's settings list the topics").containsAll(Topics.EVERY);
            assertThat(readFirst(kafka, auditor, Topics.POLICE_TO_CPS).value()).isEqualTo("CaseFileSubmitted");
            assertThatThrownBy(() -> send(kafka, auditor, Topics.POLICE_TO_CPS, "01ZD0304208", "Forged"))
                    .as("the auditor writes nothing")
                    .satisfies(e -> assertThat(causes(e)).hasAtLeastOneElementOfType(AuthorizationException.class));

            assertThatThrownBy(() -> topics(kafka, Map.of(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000)))
                    .as("a client without credentials is not served").isInstanceOf(ExecutionException.class);
            assertThat(platform.terminate()).isZero();
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

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** The auditor's client settings file named in the ready table's Kafka row. */
    private static Path auditorProperties(PlatformProcess platform) {
        Matcher matcher = Pattern.compile("^  Kafka bootstrap .*read-only client: (\\S+)\\)$", Pattern.MULTILINE)
                .matcher(platform.console());
        assertThat(matcher.find()).as(platform.console()).isTrue();
        return Path.of(matcher.group(1));
    }

    /** The settings in the auditor's file, as a tool loads them. */
    private static Map<String, Object> clientSettings(PlatformProcess platform) throws Exception {
        Properties file = new Properties();
        try (Reader reader = Files.newBufferedReader(auditorProperties(platform))) {
            file.load(reader);
        }
        Map<String, Object> settings = new HashMap<>();
        file.stringPropertyNames().forEach(name -> settings.put(name, file.getProperty(name)));
        return settings;
    }

    /** The police service's principal, with its password from the platform's credentials directory. */
    private Map<String, Object> police() {
        return KafkaCredentials.loadOrCreate(dataDirectory.resolve("kafka-credentials")).clientProperties(ServicePrincipal.POLICE);
    }

    private static java.util.Set<String> topics(String bootstrap, Map<String, Object> client) throws Exception {
        Map<String, Object> config = new HashMap<>(client);
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(config)) {
            return admin.listTopics().names().get();
        }
    }

    private static void send(String bootstrap, Map<String, Object> client, String topic, String key, String value)
            throws Exception {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** The first record found on any partition of the topic, read by assignment and seek: no consumer group. */
    private static ConsumerRecord<String, String> readFirst(String bootstrap, Map<String, Object> client, String topic) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                return !records.isEmpty();
            });
            return records.get(0);
        }
    }
}
