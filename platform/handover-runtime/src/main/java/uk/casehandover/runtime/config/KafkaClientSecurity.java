package uk.casehandover.runtime.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes every Kafka client of a service authenticate as the service's own principal.
 *
 * <p>Rule: a service that names its principal ({@code casehandover.kafka.principal}, in its yml) talks to Kafka only
 * as that principal, with SCRAM-SHA-512; its password comes from {@code casehandover.kafka.password} (in production
 * the environment variable {@code CASEHANDOVER_KAFKA_PASSWORD}) or from the file named after the principal in
 * {@code casehandover.kafka.credentials-directory} (how a mounted secret looks; the local platform and the tests pass
 * the directory). A principal without a password stops the service at startup. A service, or a library test, that
 * names no principal talks to Kafka without SASL.
 *
 * <p>The settings go in as {@code spring.kafka.properties.security.protocol}, {@code .sasl.mechanism} and
 * {@code .sasl.jaas.config}, the one place every client of a service reads: Spring Kafka and the Spring Cloud Stream
 * binder (consumers, producers, the topic provisioner's admin client, the dead-letter publisher), the
 * {@code OutboxRelay}'s producer and clients a service builds by hand from {@code spring.kafka.properties}. They are
 * added as the first property source once the application's own {@code @PropertySource} (the service's yml) has been
 * read, which an {@code EnvironmentPostProcessor} would run too early to see. Kafka logs {@code sasl.jaas.config} as
 * {@code [hidden]}; this class never logs the password.
 */
public final class KafkaClientSecurity implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {

    public static final String PRINCIPAL = "casehandover.kafka.principal";
    public static final String PASSWORD = "casehandover.kafka.password";
    public static final String CREDENTIALS_DIRECTORY = "casehandover.kafka.credentials-directory";
    /** SASL_PLAINTEXT unless set (SASL_SSL where the cluster has TLS). */
    public static final String SECURITY_PROTOCOL = "casehandover.kafka.security-protocol";
    static final String MECHANISM = "SCRAM-SHA-512";
    static final String PROPERTY_SOURCE = "casehandoverKafkaClientSecurity";

    private ConfigurableEnvironment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = (ConfigurableEnvironment) environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        apply(environment);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Adds the SASL settings of the configured principal to {@code environment}; does nothing when none is named. */
    public static void apply(ConfigurableEnvironment environment) {
        String principal = environment.getProperty(PRINCIPAL);
        if (principal == null || principal.isBlank() || environment.getPropertySources().contains(PROPERTY_SOURCE)) {
            return;
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        clientProperties(principal.strip(), password(environment, principal.strip()),
                environment.getProperty(SECURITY_PROTOCOL, "SASL_PLAINTEXT"))
                .forEach((key, value) -> settings.put("spring.kafka.properties." + key, value));
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, settings));
    }

    /** The Kafka client settings that authenticate as {@code principal}. */
    public static Map<String, String> clientProperties(String principal, String password, String securityProtocol) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("security.protocol", securityProtocol);
        properties.put("sasl.mechanism", MECHANISM);
        properties.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + principal + "\" password=\"" + password + "\";");
        return properties;
    }

    static String password(Environment environment, String principal) {
        String password = environment.getProperty(PASSWORD);
        if (password != null && !password.isBlank()) {
            return password.strip();
        }
        String directory = environment.getProperty(CREDENTIALS_DIRECTORY);
        if (directory != null && !directory.isBlank()) {
            Path file = Path.of(directory.strip()).resolve(principal);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("no Kafka password for principal " + principal + ": " + CREDENTIALS_DIRECTORY
                        + " is " + directory + " but it holds no file " + principal);
            }
            try {
                String fromFile = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!fromFile.isEmpty()) {
                    return fromFile;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the Kafka password file " + file, e);
            }
            throw new IllegalStateException("no Kafka password for principal " + principal + ": the file " + file
                    + " is empty");
        }
        throw new IllegalStateException("no Kafka password for principal " + principal + " (" + PRINCIPAL + "): set "
                + PASSWORD + " (environment variable CASEHANDOVER_KAFKA_PASSWORD) or " + CREDENTIALS_DIRECTORY
                + " (a directory holding a file named " + principal + ")");
    }
}
