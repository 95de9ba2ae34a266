package uk.casehandover.platform.test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import uk.casehandover.platform.embedded.ServicePrincipal;

/**
 * The running platform as a test sees it. The components are shared by every test in the JVM; isolation comes from
 * asking for a fresh topic or database, whose unique name is returned. The handover and platform topics of
 * {@code uk.casehandover.schemas.Topics.EVERY} exist from the start (3 partitions each), as on the local platform, for
 * tests that run real services; such tests tell their cases apart by URN. To play another agency on those topics
 * (send keyed by URN with the handover headers, read back one case), use {@link HandoverWire}.
 *
 * <p>The broker is secured as on the local platform: every client authenticates with SCRAM-SHA-512 and may do only
 * what {@code uk.casehandover.platform.embedded.KafkaAccessPolicy} allows. A service started with
 * {@link #serviceArguments(String, String...)} (or given {@code casehandover.kafka.credentials-directory} =
 * {@link #kafkaCredentialsDirectory()}) runs as its own principal, so a missing ACL fails its test. The test itself,
 * playing the other agencies, reading topics back and creating topics, is the harness: it connects as the super user
 * ({@link #kafkaAdminProperties()}). A test of a denial connects as a principal ({@link #kafkaClientProperties(String)}).
 */
public interface RealPlatform {

    /**
     * The Kafka bootstrap servers, {@code host:port}: a SASL_PLAINTEXT listener, so a client also needs the settings of
     * {@link #kafkaClientProperties(String)} or {@link #kafkaAdminProperties()}.
     */
    String bootstrapServers();

    /**
     * The directory holding every Kafka principal's password, one file per principal (what a service reads from
     * {@code casehandover.kafka.credentials-directory}).
     */
    Path kafkaCredentialsDirectory();

    /**
     * {@code bootstrap.servers} and the SASL settings that authenticate as {@code principal}: a service principal's
     * name ({@code police}, {@code cps}, {@code isva}, {@code audit}, {@code timeliness}, {@code auditor}) or
     * {@code admin}.
     */
    Map<String, Object> kafkaClientProperties(String principal);

    /** {@code bootstrap.servers} and the super user's SASL settings, for the test harness's own clients. */
    default Map<String, Object> kafkaAdminProperties() {
        return kafkaClientProperties(ServicePrincipal.ADMIN);
    }

    /** The schema registry's base URL, without a trailing slash. */
    String schemaRegistryUrl();

    /** Creates a single-partition topic named after {@code base} plus a unique suffix, ready for use, and returns its name. */
    String newTopic(String base);

    /** Creates a topic with {@code partitions} partitions named after {@code base} plus a unique suffix, ready for use. */
    String newTopic(String base, int partitions);

    /** Creates an empty database named after {@code base} plus a unique suffix and returns its JDBC URL. */
    String newDatabase(String base);

    String jdbcUsername();

    String jdbcPassword();

    /** A non-pooled data source for a JDBC URL returned by {@link #newDatabase(String)}. */
    DataSource dataSource(String jdbcUrl);

    /**
     * The issuer URI of the platform's identity provider (platform/identity-provider, started in this JVM on first
     * use), e.g. {@code http://localhost:41234}: a service validates tokens with
     * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} set to it. Needs identity-provider on the test
     * classpath (declare it as a test dependency).
     */
    String identityProviderIssuer();

    /**
     * An access token of one of the provider's synthetic demo users (e.g. {@code ISVA-0007}, see
     * {@code uk.casehandover.identity.DemoUsers}), fetched over HTTP by the same client_credentials request the
     * README shows. Send it as {@code Authorization: Bearer <token>}.
     */
    String tokenFor(String demoUserId);

    /**
     * The command-line arguments an agency service needs to run on this platform with the database at
     * {@code jdbcUrl} (from {@link #newDatabase(String)}): broker, registry, datasource, and a replication slot named
     * after the database (slots are per PostgreSQL server, so each service database needs its own), the Kafka
     * credentials directory (the service authenticates as the principal its yml names), the identity provider's
     * issuer when identity-provider is on the classpath (the provider then starts), followed by {@code more}.
     */
    default String[] serviceArguments(String jdbcUrl, String... more) {
        List<String> arguments = new ArrayList<>();
        serviceProperties(jdbcUrl).forEach((name, value) -> arguments.add("--" + name + "=" + value));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    /**
     * The same settings as {@link #serviceArguments(String, String...)}, as property names and values, for a
     * {@code @SpringBootTest} to register in its {@code @DynamicPropertySource}:
     * {@code platform.serviceProperties(database).forEach((name, value) -> registry.add(name, () -> value))}.
     */
    default Map<String, String> serviceProperties(String jdbcUrl) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", bootstrapServers());
        properties.put("spring.kafka.properties.schema.registry.url", schemaRegistryUrl());
        properties.put("casehandover.schema-registry.url", schemaRegistryUrl());
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", jdbcUsername());
        properties.put("spring.datasource.password", jdbcPassword());
        properties.put("casehandover.kafka.credentials-directory", kafkaCredentialsDirectory().toString());
        properties.put("casehandover.outbox.slot-name", jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1));
        if (IdentityProviderServer.available()) {
            properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", identityProviderIssuer());
        }
        return properties;
    }
}
