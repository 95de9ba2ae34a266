package uk.casehandover.runtime.config;

import java.util.ArrayList;
import org.flywaydb.core.api.Location;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.casehandover.platform.serde.ConfluentAvroSerializer;
import uk.casehandover.runtime.deadletter.DeadLetterContainerCustomizer;
import uk.casehandover.runtime.deadletter.QuietFailureLoggers;
import uk.casehandover.runtime.inbox.Inbox;
import uk.casehandover.runtime.outbox.Outbox;
import uk.casehandover.runtime.relay.OutboxRelay;
import uk.casehandover.runtime.relay.RelaySettings;

/**
 * Wires the handover runtime into an agency service: {@link Outbox} and {@link Inbox} on the service's
 * {@link DataSource}, and the {@link OutboxRelay} (unless {@code casehandover.outbox.relay.enabled=false}) on
 * {@code spring.datasource.*} and {@code spring.kafka.bootstrap-servers}. The tables come from the Flyway migration
 * {@code db/handover-runtime/V0_1__handover_outbox_inbox.sql} shipped in this jar, added to whatever locations the
 * service's own migrations live in (a location of their own, {@code db/<service>}, so that several services can
 * share one classpath - the local platform runs them all in one JVM).
 *
 * <p>Switched on by {@code spring.kafka.properties.schema.registry.url}, which every handover service sets: another
 * Spring Boot application that only shares the classpath (e.g. the schema registry a test starts in the same JVM)
 * gets none of it.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnProperty(HandoverRuntimeAutoConfiguration.REGISTRY_URL)
@EnableConfigurationProperties(HandoverRuntimeProperties.class)
public class HandoverRuntimeAutoConfiguration {

    static final String REGISTRY_URL = "spring.kafka.properties.schema.registry.url";

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(DataSource.class)
    @DependsOnDatabaseInitialization
    Outbox handoverOutbox(DataSource dataSource, Environment environment, HandoverRuntimeProperties properties) {
        Map<String, Object> config = new HashMap<>(kafkaProperties(environment));
        if (!config.containsKey("schema.registry.url")) {
            throw new IllegalStateException("the Outbox needs the schema registry URL in " + REGISTRY_URL);
        }
        config.putIfAbsent("auto.register.schemas", "true");
        config.putIfAbsent("value.subject.name.strategy", "TopicRecordNameStrategy");
        ConfluentAvroSerializer serializer = new ConfluentAvroSerializer();
        serializer.configure(config, false);
        return new Outbox(new JdbcTemplate(dataSource), serializer, properties.isAcceptSuffixedTopics());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(DataSource.class)
    @DependsOnDatabaseInitialization
    Inbox handoverInbox(DataSource dataSource) {
        return new Inbox(new JdbcTemplate(dataSource));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "casehandover.outbox.relay.enabled", havingValue = "true", matchIfMissing = true)
    @DependsOnDatabaseInitialization
    OutboxRelay handoverOutboxRelay(Environment environment, HandoverRuntimeProperties properties) {
        return new OutboxRelay(relaySettings(environment, properties));
    }

    static RelaySettings relaySettings(Environment environment, HandoverRuntimeProperties properties) {
        String slotName = properties.getSlotName();
        if (slotName == null || slotName.isBlank()) {
            String application = environment.getProperty("spring.application.name");
            if (application == null || application.isBlank()) {
                throw new IllegalStateException("the outbox relay needs casehandover.outbox.slot-name or spring.application.name");
            }
            slotName = RelaySettings.defaultSlotName(application);
        }
        Map<String, Object> producer = new HashMap<>(kafkaProperties(environment));
        producer.keySet().removeIf(key -> key.startsWith("schema.registry") || key.startsWith("specific.avro")
                || key.startsWith("auto.register") || key.endsWith("subject.name.strategy"));
        List<String> bootstrap = Binder.get(environment)
                .bind("spring.kafka.bootstrap-servers", Bindable.listOf(String.class))
                .orElse(List.of("localhost:9092"));
        producer.put("bootstrap.servers", String.join(",", bootstrap));
        return new RelaySettings(
                required(environment, "spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"),
                slotName, producer,
                properties.getRelay().getPollInterval(),
                properties.getRelay().getLockRetryInterval());
    }

    private static Map<String, String> kafkaProperties(Environment environment) {
        return Binder.get(environment)
                .bind("spring.kafka.properties", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
    }

    private static String required(Environment environment, String key) {
        String value = environment.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("the outbox relay needs " + key);
        }
        return value;
    }

    /** Adds this jar's migration location to the service's own, once. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer")
    static class MigrationConfiguration {

        static final String LOCATION = "classpath:db/handover-runtime";

        @Bean
        FlywayConfigurationCustomizer handoverRuntimeMigrations() {
            return configuration -> {
                List<Location> locations = new ArrayList<>(List.of(configuration.getLocations()));
                Location runtime = new Location(LOCATION);
                if (!locations.contains(runtime)) {
                    locations.add(0, runtime);
                }
                configuration.locations(locations.toArray(Location[]::new));
            };
        }
    }

    /** Dead-lettering in the listener container for Spring Cloud Stream Kafka bindings (see DeadLetterContainerCustomizer). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer")
    static class DeadLetterConfiguration {

        @Bean
        @ConditionalOnMissingBean(type = "org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer")
        DeadLetterContainerCustomizer handoverDeadLetterContainerCustomizer(Environment environment) {
            Map<String, Object> config = new HashMap<>(kafkaProperties(environment));
            List<String> bootstrap = Binder.get(environment)
                    .bind("spring.kafka.bootstrap-servers", Bindable.listOf(String.class))
                    .orElse(List.of("localhost:9092"));
            config.put("bootstrap.servers", String.join(",", bootstrap));
            config.putIfAbsent("auto.register.schemas", "true");
            return new DeadLetterContainerCustomizer(config);
        }

        @Bean
        @ConditionalOnMissingBean
        QuietFailureLoggers handoverQuietFailureLoggers() {
            return new QuietFailureLoggers();
        }
    }

    /** {@code casehandover.outbox.relayed} (events Kafka acknowledged) and {@code casehandover.outbox.relaying} (1 on the lock holder). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class RelayMetricsConfiguration {

        @Bean
        @ConditionalOnBean(OutboxRelay.class)
        MeterBinder handoverOutboxRelayMetrics(OutboxRelay relay) {
            return registry -> {
                FunctionCounter.builder("casehandover.outbox.relayed", relay, OutboxRelay::relayedCount)
                        .description("Outbox events published to Kafka and acknowledged by it")
                        .tag("slot", relay.slotName())
                        .register(registry);
                Gauge.builder("casehandover.outbox.relaying", relay, r -> r.isRelaying() ? 1 : 0)
                        .description("1 while this replica holds the relay lock and runs the engine")
                        .tag("slot", relay.slotName())
                        .register(registry);
            };
        }
    }
}
