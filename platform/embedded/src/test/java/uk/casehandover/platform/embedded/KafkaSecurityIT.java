package uk.casehandover.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casehandover.platform.embedded.TopicCreator.TopicSpec;
import uk.casehandover.schemas.Topics;

/**
 * The broker's security on a real broker: each denial of the agency boundaries, each beside its positive twin on the
 * same path, so that a denial cannot pass for a broken client; a wrong password and an unknown user refused; and
 * credentials and ACLs that survive a restart on the same data directory.
 */
class KafkaSecurityIT {

    private static final String URN = "01ZD0304208";

    @TempDir
    static Path directory;

    static KafkaBroker broker;

    @BeforeAll
    static void aBrokerWithEveryTopic() {
        broker = KafkaBroker.start(directory.resolve("kafka"), 0,
                KafkaCredentials.loadOrCreate(directory.resolve("credentials")));
        try (TopicCreator topics = new TopicCreator(broker)) {
            topics.createMissing(Topics.EVERY.stream().map(name -> new TopicSpec(name, 1, Map.of())).toList());
        }
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void theIsvaPrincipalCannotReadTheCaseFileTopic() {
        assertThatThrownBy(() -> read(broker, "isva", "isva-service", Topics.POLICE_TO_CPS))
                .isInstanceOf(TopicAuthorizationException.class)
                .hasMessageContaining(Topics.POLICE_TO_CPS);
    }

    @Test
    void theIsvaPrincipalReadsTheVictimUpdatesForIsvaServicesInItsOwnGroup() throws Exception {
        write(broker, "admin", Topics.POLICE_TO_ISVA, "VictimUpdateIssued");

        assertThat(read(broker, "isva", "isva-service", Topics.POLICE_TO_ISVA)).contains("VictimUpdateIssued");
    }

    @Test
    void theIsvaPrincipalCannotReadInAnotherServicesGroup() {
        assertThatThrownBy(() -> read(broker, "isva", "police-service", Topics.POLICE_TO_ISVA))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void theIsvaPrincipalWritesOnlyItsAcknowledgements() throws Exception {
        assertThat(write(broker, "isva", Topics.ISVA_TO_POLICE, "VictimUpdateAcknowledged").topic())
                .isEqualTo(Topics.ISVA_TO_POLICE);
        assertThatThrownBy(() -> write(broker, "isva", Topics.POLICE_TO_ISVA, "VictimUpdateIssued"))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void thePoliceCannotWriteCpsTopics() {
        assertThatThrownBy(() -> write(broker, "police", Topics.CPS_TO_POLICE, "ChargingDecisionMade"))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void thePoliceWriteTheirOwnTopics() throws Exception {
        assertThat(write(broker, "police", Topics.POLICE_TO_CPS, "CaseFileSubmitted").topic()).isEqualTo(Topics.POLICE_TO_CPS);
        assertThat(write(broker, "police", Topics.POLICE_TO_ISVA, "VictimUpdateIssued").topic()).isEqualTo(Topics.POLICE_TO_ISVA);
    }

    @Test
    void theCpsCannotWritePoliceTopicsButWritesItsOwn() throws Exception {
        assertThatThrownBy(() -> write(broker, "cps", Topics.POLICE_TO_CPS, "CaseFileSubmitted"))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
        assertThat(write(broker, "cps", Topics.CPS_TO_POLICE, "ChargingDecisionMade").topic()).isEqualTo(Topics.CPS_TO_POLICE);
    }

    @Test
    void theAuditPrincipalReadsEveryHandoverTopicAndWritesOnlyItsTreeHeads() throws Exception {
        for (String topic : Topics.ALL) {
            write(broker, "admin", topic, "handover");
            assertThat(read(broker, "audit", "audit-service", topic)).as(topic).isNotEmpty();
            assertThatThrownBy(() -> write(broker, "audit", topic, "forged")).as(topic)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        assertThat(write(broker, "audit", Topics.PLATFORM_AUDIT_TREE_HEADS, "SignedTreeHead").topic())
                .isEqualTo(Topics.PLATFORM_AUDIT_TREE_HEADS);
        assertThatThrownBy(() -> write(broker, "audit", Topics.PLATFORM_TIMELINESS, "forged"))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void theAuditorReadsEveryTopicWithoutAGroupAndWritesNothing() throws Exception {
        for (String topic : Topics.EVERY) {
            write(broker, "admin", topic, "record");
            assertThat(read(broker, "auditor", null, topic)).as(topic).isNotEmpty();
            // allowed to write no topic at all, the auditor does not even get a producer id (Kafka grants the
            // cluster's IDEMPOTENT_WRITE only to a principal that may write some topic)
            assertThatThrownBy(() -> write(broker, "auditor", topic, "forged")).as(topic)
                    .hasCauseInstanceOf(ClusterAuthorizationException.class);
        }
    }

    @Test
    void aWrongPasswordIsRefusedAndTheRightOneAccepted() throws Exception {
        String right = broker.credentials().password("police");

        assertThatThrownBy(() -> listTopics(KafkaCredentials.scramClientProperties("police", right + "x")))
                .hasCauseInstanceOf(SaslAuthenticationException.class);
        assertThat(listTopics(KafkaCredentials.scramClientProperties("police", right)))
                .contains(Topics.POLICE_TO_CPS, Topics.CPS_TO_POLICE)
                .as("a principal sees only the topics it may describe").doesNotContain(Topics.PLATFORM_TIMELINESS);
    }

    @Test
    void anUnknownUserIsRefused() {
        assertThatThrownBy(() -> listTopics(KafkaCredentials.scramClientProperties("mallory", "any-password")))
                .hasCauseInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void theControllerListenerTakesOnlyTheAdmin() throws Exception {
        assertThatThrownBy(() -> describeClusterOnTheController("police", broker.credentials().password("police")))
                .hasCauseInstanceOf(SaslAuthenticationException.class);
        assertThatThrownBy(() -> describeClusterOnTheController("admin", "not-the-password"))
                .hasCauseInstanceOf(SaslAuthenticationException.class);
        assertThat(describeClusterOnTheController("admin", broker.credentials().password("admin"))).isNotBlank();
    }

    private static String describeClusterOnTheController(String user, String password) throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_CONTROLLERS_CONFIG, "localhost:" + broker.controllerPort());
        config.put("security.protocol", "SASL_PLAINTEXT");
        config.put("sasl.mechanism", "PLAIN");
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + user + "\" password=\"" + password + "\";");
        try (Admin admin = Admin.create(config)) {
            return admin.describeCluster().clusterId().get(15, TimeUnit.SECONDS);
        }
    }

    @Test
    void theBrokersAclsAreExactlyThePolicy() throws Exception {
        try (Admin admin = Admin.create(broker.adminClientProperties())) {
            List<AclBinding> acls = new ArrayList<>(admin.describeAcls(AclBindingFilter.ANY).values().get());

            assertThat(acls).containsExactlyInAnyOrderElementsOf(KafkaAccessPolicy.bindings());
        }
    }

    @Test
    void credentialsAndAclsSurviveARestartOnTheSameDataDirectory(@TempDir Path own) throws Exception {
        KafkaCredentials credentials = KafkaCredentials.loadOrCreate(own.resolve("credentials"));
        try (KafkaBroker first = KafkaBroker.start(own.resolve("kafka"), 0, credentials);
             TopicCreator topics = new TopicCreator(first)) {
            topics.createMissing(List.of(new TopicSpec(Topics.POLICE_TO_CPS, 1, Map.of())));
            write(first, "police", Topics.POLICE_TO_CPS, "CaseFileSubmitted");
        }

        try (KafkaBroker restarted = KafkaBroker.start(own.resolve("kafka"), 0,
                KafkaCredentials.loadOrCreate(own.resolve("credentials")))) {
            assertThat(restarted.credentials().password("police")).isEqualTo(credentials.password("police"));
            assertThat(write(restarted, "police", Topics.POLICE_TO_CPS, "CaseFileSubmitted").offset()).isEqualTo(1);
            assertThat(read(restarted, "cps", "cps-service", Topics.POLICE_TO_CPS)).contains("CaseFileSubmitted");
            assertThatThrownBy(() -> read(restarted, "isva", "isva-service", Topics.POLICE_TO_CPS))
                    .isInstanceOf(TopicAuthorizationException.class);
            try (Admin admin = Admin.create(restarted.adminClientProperties())) {
                assertThat(admin.describeAcls(AclBindingFilter.ANY).values().get())
                        .containsExactlyInAnyOrderElementsOf(KafkaAccessPolicy.bindings());
            }
        }
    }

    @Test
    void aServicesChangedPasswordTakesEffectAtTheNextStart(@TempDir Path own) throws Exception {
        KafkaCredentials before = KafkaCredentials.loadOrCreate(own.resolve("credentials"));
        try (KafkaBroker first = KafkaBroker.start(own.resolve("kafka"), 0, before);
             TopicCreator topics = new TopicCreator(first)) {
            topics.createMissing(List.of(new TopicSpec(Topics.POLICE_TO_CPS, 1, Map.of())));
        }
        java.nio.file.Files.writeString(own.resolve("credentials").resolve("police"), KafkaCredentials.newPassword());

        try (KafkaBroker restarted = KafkaBroker.start(own.resolve("kafka"), 0,
                KafkaCredentials.loadOrCreate(own.resolve("credentials")))) {
            String oldPolice = before.password("police");
            assertThat(restarted.credentials().password("police")).isNotEqualTo(oldPolice);
            assertThat(write(restarted, "police", Topics.POLICE_TO_CPS, "CaseFileSubmitted").topic())
                    .isEqualTo(Topics.POLICE_TO_CPS);
            Map<String, Object> old = new HashMap<>(KafkaCredentials.scramClientProperties("police", oldPolice));
            old.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, restarted.bootstrapServers());
            try (Admin withTheOldPassword = Admin.create(old)) {
                assertThatThrownBy(() -> withTheOldPassword.listTopics().names().get(15, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(SaslAuthenticationException.class);
            }
            try (Admin admin = Admin.create(restarted.adminClientProperties())) {
                assertThat(admin.listTopics().names().get()).contains(Topics.POLICE_TO_CPS);
            }
        }
    }

    @Test
    void refusesToStartWithAnAdminPasswordOtherThanTheOneItsStorageWasFormattedWith(@TempDir Path own) throws Exception {
        KafkaCredentials credentials = KafkaCredentials.loadOrCreate(own.resolve("credentials"));
        KafkaBroker.start(own.resolve("kafka"), 0, credentials).close();
        java.nio.file.Files.writeString(own.resolve("credentials").resolve("admin"), KafkaCredentials.newPassword());

        assertThatThrownBy(() -> KafkaBroker.start(own.resolve("kafka"), 0,
                KafkaCredentials.loadOrCreate(own.resolve("credentials"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the broker refused the admin")
                .hasMessageContaining(own.resolve("credentials").resolve("admin").toString());

        java.nio.file.Files.writeString(own.resolve("credentials").resolve("admin"), credentials.password("admin"));
        try (KafkaBroker restored = KafkaBroker.start(own.resolve("kafka"), 0,
                KafkaCredentials.loadOrCreate(own.resolve("credentials")))) {
            assertThat(restored.credentials().password("admin")).isEqualTo(credentials.password("admin"));
        }
    }

    private static RecordMetadata write(KafkaBroker on, String user, String topic, String value) throws Exception {
        Map<String, Object> config = new HashMap<>(on.clientProperties(user));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            return producer.send(new ProducerRecord<>(topic, URN, value)).get(15, TimeUnit.SECONDS);
        }
    }

    /** Reads the topic from its beginning as {@code user}: in {@code group} by subscription, or by assign and seek. */
    private static List<String> read(KafkaBroker on, String user, String group, String topic) {
        Map<String, Object> config = new HashMap<>(on.clientProperties(user));
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            if (group != null) {
                consumer.subscribe(List.of(topic));
            } else {
                TopicPartition partition = new TopicPartition(topic, 0);
                consumer.assign(List.of(partition));
                consumer.seekToBeginning(List.of(partition));
            }
            List<String> values = new ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                return !values.isEmpty();
            });
            return values;
        }
    }

    private static java.util.Set<String> listTopics(Map<String, Object> sasl) throws Exception {
        Map<String, Object> config = new HashMap<>(sasl);
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            return admin.listTopics().names().get(15, TimeUnit.SECONDS);
        }
    }
}
