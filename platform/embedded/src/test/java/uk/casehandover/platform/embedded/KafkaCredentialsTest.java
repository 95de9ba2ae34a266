package uk.casehandover.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaCredentialsTest {

    @TempDir
    Path directory;

    @Test
    void generatesAPrivateFileOfAtLeast32RandomBytesPerUserAndKeepsItFromThenOn() throws Exception {
        KafkaCredentials first = KafkaCredentials.loadOrCreate(directory.resolve("credentials"));
        KafkaCredentials again = KafkaCredentials.loadOrCreate(directory.resolve("credentials"));

        assertThat(KafkaCredentials.users()).containsExactly("admin", "police", "cps", "isva", "audit", "timeliness", "auditor");
        for (String user : KafkaCredentials.users()) {
            Path file = directory.resolve("credentials").resolve(user);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(Base64.getUrlDecoder().decode(first.password(user))).hasSizeGreaterThanOrEqualTo(32);
            assertThat(again.password(user)).isEqualTo(first.password(user));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("credentials"))))
                .isEqualTo("rwx------");
        assertThat(first.password("police")).isNotEqualTo(first.password("cps"));
        assertThat(first.toString()).doesNotContain(first.password("admin"));
    }

    @Test
    void writesAClientPropertiesFileForTheCliTools() throws Exception {
        KafkaCredentials credentials = KafkaCredentials.loadOrCreate(directory.resolve("credentials"));

        Path file = credentials.writeClientPropertiesFile(ServicePrincipal.AUDITOR, directory.resolve("auditor.properties"));

        Properties properties = new Properties();
        try (var in = Files.newInputStream(file)) {
            properties.load(in);
        }
        assertThat(properties).containsEntry("security.protocol", "SASL_PLAINTEXT").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"auditor\" password=\"" + credentials.password("auditor") + "\";");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void kafkaPrintsTheJaasConfigurationHiddenWhereItLogsAClientsSettings() {
        KafkaCredentials credentials = KafkaCredentials.loadOrCreate(directory.resolve("credentials"));
        java.util.Map<String, Object> config = new java.util.HashMap<>(credentials.clientProperties("police"));
        config.put("bootstrap.servers", "localhost:9092");
        config.put("key.serializer", org.apache.kafka.common.serialization.StringSerializer.class);
        config.put("value.serializer", org.apache.kafka.common.serialization.StringSerializer.class);

        String logged = String.valueOf(new org.apache.kafka.clients.producer.ProducerConfig(config).values().get("sasl.jaas.config"));

        assertThat(logged).isEqualTo("[hidden]").doesNotContain(credentials.password("police"));
    }
}
