package uk.casehandover.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class KafkaClientSecurityTest {

    private static final String JAAS = "spring.kafka.properties.sasl.jaas.config";

    @TempDir
    Path credentials;

    @Test
    void leavesAnApplicationThatNamesNoPrincipalWithoutSasl() {
        MockEnvironment environment = new MockEnvironment();

        KafkaClientSecurity.apply(environment);

        assertThat(environment.getProperty("spring.kafka.properties.security.protocol")).isNull();
        assertThat(environment.getProperty(JAAS)).isNull();
    }

    @Test
    void authenticatesAsTheNamedPrincipalWithThePasswordFromTheFileNamedAfterIt() throws Exception {
        Files.writeString(credentials.resolve("isva"), "isva-password-from-a-file\n");
        MockEnvironment environment = new MockEnvironment()
                .withProperty(KafkaClientSecurity.PRINCIPAL, "isva")
                .withProperty(KafkaClientSecurity.CREDENTIALS_DIRECTORY, credentials.toString());

        KafkaClientSecurity.apply(environment);

        assertThat(environment.getProperty("spring.kafka.properties.security.protocol")).isEqualTo("SASL_PLAINTEXT");
        assertThat(environment.getProperty("spring.kafka.properties.sasl.mechanism")).isEqualTo("SCRAM-SHA-512");
        assertThat(environment.getProperty(JAAS)).isEqualTo("org.apache.kafka.common.security.scram.ScramLoginModule"
                + " required username=\"isva\" password=\"isva-password-from-a-file\";");
    }

    @Test
    void takesAPasswordGivenDirectlyBeforeTheDirectory() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(KafkaClientSecurity.PRINCIPAL, "police")
                .withProperty(KafkaClientSecurity.PASSWORD, "from-the-environment")
                .withProperty(KafkaClientSecurity.CREDENTIALS_DIRECTORY, credentials.toString());

        KafkaClientSecurity.apply(environment);

        assertThat(environment.getProperty(JAAS)).contains("username=\"police\" password=\"from-the-environment\"");
    }

    @Test
    void refusesToStartAPrincipalWithoutAPasswordNamingBothWaysToGiveIt() {
        MockEnvironment environment = new MockEnvironment().withProperty(KafkaClientSecurity.PRINCIPAL, "cps");

        assertThatThrownBy(() -> KafkaClientSecurity.apply(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("casehandover.kafka.password")
                .hasMessageContaining("casehandover.kafka.credentials-directory")
                .hasMessageContaining("cps");
    }

    @Test
    void refusesADirectoryWithoutThePrincipalsFile() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(KafkaClientSecurity.PRINCIPAL, "cps")
                .withProperty(KafkaClientSecurity.CREDENTIALS_DIRECTORY, credentials.toString());

        assertThatThrownBy(() -> KafkaClientSecurity.apply(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds no file cps");
    }
}
