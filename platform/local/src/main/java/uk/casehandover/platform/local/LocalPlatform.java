package uk.casehandover.platform.local;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.LoggerFactory;
import uk.casehandover.platform.embedded.EmbeddedPostgres;
import uk.casehandover.platform.embedded.KafkaBroker;
import uk.casehandover.platform.embedded.KafkaCredentials;
import uk.casehandover.platform.embedded.ServicePrincipal;
import uk.casehandover.platform.embedded.TopicCreator;

/**
 * The whole platform on one machine with nothing but a JDK: PostgreSQL, a Kafka broker, the handover topics, the
 * schema registry, the identity provider and the agency services, in one JVM, keeping their state in a data directory across restarts.
 *
 * <p>Rule: it is ready only when every component answers and every handover topic exists; it stops in reverse order
 * of starting on Ctrl-C or SIGTERM and exits 0. A taken port is refused before anything starts, naming the flag
 * that changes it.
 *
 * <p>Rule: Kafka takes only authenticated clients (SASL SCRAM-SHA-512) and each service connects as its own principal
 * under the platform's ACLs. The passwords are generated on the first start and kept in the data directory's
 * {@value #KAFKA_CREDENTIALS} (one file per user, owner-only), so they survive a restart; {@code --fresh} makes new
 * ones. The read-only {@code auditor}'s client settings are written beside them as {@value #AUDITOR_PROPERTIES} for
 * the tools (the audit verifier's record fetch) and shown in the table.
 */
public final class LocalPlatform implements AutoCloseable {

    static final String KAFKA_CREDENTIALS = "kafka-credentials";
    static final String AUDITOR_PROPERTIES = "auditor.properties";

    private final EmbeddedPostgres postgres;
    private final KafkaBroker kafka;
    private final List<String> topics;
    private final List<RunningService> services;

    private LocalPlatform(EmbeddedPostgres postgres, KafkaBroker kafka, List<String> topics, List<RunningService> services) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.topics = topics;
        this.services = services;
    }

    public static void main(String[] args) {
        LocalOptions options;
        try {
            options = LocalOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("local-platform: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(LocalOptions.usage());
            return;
        }
        StopSignal stop = StopSignal.install();
        LocalPlatform platform;
        try {
            platform = start(options);
        } catch (PlatformStartException e) {
            System.err.println("local-platform: " + e.getMessage());
            System.exit(1);
            return;
        } catch (RuntimeException e) {
            System.err.println("local-platform: the platform did not start: " + e);
            System.exit(1);
            return;
        }
        System.out.println(platform.table(options.dataDirectory()));
        System.out.printf("Platform ready in %.1f s%n", secondsSinceJvmStart());
        stop.await();
        System.out.println("Stopping the platform...");
        platform.close();
        System.out.println("Platform stopped");
        System.exit(0);
    }

    static LocalPlatform start(LocalOptions options) {
        // a PostgreSQL left behind by a killed run holds its port: stop it before judging the ports
        EmbeddedPostgres.stopOrphanedServer(options.dataDirectory().resolve("postgres"));
        PortCheck.requireFree(options);
        Path dataDirectory = DataDirectory.prepare(options.dataDirectory(), options.fresh());
        // initialise logging on this thread, before two components race to do it (the loser would log unconfigured)
        LoggerFactory.getILoggerFactory();
        CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(() -> startKafkaWithTopics(dataDirectory, options));
        EmbeddedPostgres postgres;
        List<RunningService> running = new ArrayList<>();
        try {
            postgres = EmbeddedPostgres.start(dataDirectory.resolve("postgres"), options.port(LocalOptions.POSTGRES));
        } catch (RuntimeException e) {
            kafka.thenAccept(KafkaBroker::close);
            throw new PlatformStartException("PostgreSQL did not start: " + e.getMessage(), e);
        }
        try {
            running.add(RunningService.start(LocalServices.REGISTRY, options.port(LocalServices.REGISTRY.portFlag()), postgres, null, null));
            running.add(startIdentityProvider(options, postgres));
        } catch (RuntimeException e) {
            kafka.thenAccept(KafkaBroker::close);
            postgres.close();
            throw e;
        }
        KafkaBroker broker;
        try {
            broker = kafka.join();
        } catch (CompletionException e) {
            new LocalPlatform(postgres, null, List.of(), running).close();
            throw new PlatformStartException("Kafka did not start: " + e.getCause().getMessage(), e.getCause());
        }
        try {
            String registryUrl = running.get(0).url();
            String issuer = running.get(1).url();
            VictimKeyStore victimKeys = VictimKeyStore.loadOrCreate(dataDirectory, postgres);
            for (LocalService service : LocalServices.AGENCY_SERVICES) {
                LocalService configured = service.name().equals(LocalServices.AUDIT_SERVICE)
                        ? service.withSettings(AuditSigningKey.loadOrCreate(dataDirectory).settings())
                        : service;
                if (VictimKeyStore.SERVICES.contains(service.name())) {
                    configured = configured.withSettings(victimKeys.settings());
                }
                running.add(RunningService.start(configured, options.port(service.portFlag()), postgres, broker,
                        registryUrl, issuer));
            }
            return new LocalPlatform(postgres, broker, HandoverTopics.ALL.stream().map(t -> t.name()).toList(), running);
        } catch (RuntimeException e) {
            new LocalPlatform(postgres, broker, List.of(), running).close();
            throw e;
        }
    }

    /** Its issuer is its own address, so the tokens it gives name the URL the services fetch its keys from. */
    private static RunningService startIdentityProvider(LocalOptions options, EmbeddedPostgres postgres) {
        int port = options.port(LocalServices.IDENTITY_PROVIDER.portFlag());
        LocalService provider = port == 0 ? LocalServices.IDENTITY_PROVIDER : new LocalService(
                LocalServices.IDENTITY_PROVIDER.name(), LocalServices.IDENTITY_PROVIDER.title(),
                LocalServices.IDENTITY_PROVIDER.application(), null, LocalServices.IDENTITY_PROVIDER.defaultPort(),
                List.of("casehandover.identity.issuer=http://localhost:" + port));
        return RunningService.start(provider, port, postgres, null, null);
    }

    private static KafkaBroker startKafkaWithTopics(Path dataDirectory, LocalOptions options) {
        KafkaCredentials credentials = KafkaCredentials.loadOrCreate(dataDirectory.resolve(KAFKA_CREDENTIALS));
        KafkaBroker broker = KafkaBroker.start(dataDirectory.resolve("kafka"),
                options.port(LocalOptions.KAFKA), options.port(LocalOptions.KAFKA_CONTROLLER), credentials);
        try (TopicCreator creator = new TopicCreator(broker)) {
            creator.createMissing(HandoverTopics.ALL);
            credentials.writeClientPropertiesFile(ServicePrincipal.AUDITOR, auditorProperties(credentials));
            return broker;
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    String table(Path dataDirectory) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Kafka bootstrap", kafka.bootstrapServers() + "  (SASL SCRAM-SHA-512; read-only client: "
                + auditorProperties(kafka.credentials()) + ")"});
        rows.add(new String[] {"PostgreSQL", postgres.jdbcUrl("postgres") + "  (user " + postgres.username()
                + ", password " + postgres.password() + ")"});
        for (RunningService service : services) {
            rows.add(new String[] {service.service().title(), service.url() + (service.service().database() == null
                    ? "  (OIDC issuer; a demo user's token: docs/authentication.md)"
                    : "  (database " + postgres.jdbcUrl(service.service().database()) + ")")});
        }
        rows.add(new String[] {"Topics", String.join(", ", topics)});
        rows.add(new String[] {"Data directory", dataDirectory.toAbsolutePath().normalize().toString()});
        StringBuilder table = new StringBuilder();
        for (String[] row : rows) {
            table.append(String.format("  %-17s %s%n", row[0], row[1]));
        }
        return table.toString();
    }

    /** The read-only auditor's Kafka client settings, beside the passwords. */
    static Path auditorProperties(KafkaCredentials credentials) {
        return credentials.directory().resolve(AUDITOR_PROPERTIES);
    }

    /** The registry's base URL (tests and scripts use it). */
    String registryUrl() {
        return services.get(0).url();
    }

    private static double secondsSinceJvmStart() {
        return (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
    }

    /** Stops the services (last started first), then Kafka, then PostgreSQL. */
    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        if (kafka != null) {
            kafka.close();
        }
        postgres.close();
    }
}
