package uk.casehandover.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;
import uk.casehandover.platform.embedded.EmbeddedPostgres;
import uk.casehandover.platform.embedded.KafkaBroker;
import uk.casehandover.platform.embedded.KafkaCredentials;
import uk.casehandover.platform.embedded.TopicCreator;
import uk.casehandover.schemas.Topics;

/**
 * One broker, one PostgreSQL server and one schema registry for the whole test JVM, in a temporary directory that
 * is deleted when the platform closes. PostgreSQL and Kafka start side by side; the registry follows PostgreSQL.
 */
final class SharedPlatform implements RealPlatform, AutoCloseable {

    static final String REGISTRY_DATABASE = "schema_registry";
    private static final AtomicInteger STARTS = new AtomicInteger();
    /** The handover topics exist from the start, as on the local platform; tests tell their cases apart by URN. */
    private static final int HANDOVER_TOPIC_PARTITIONS = 3;

    private final Path directory;
    private final EmbeddedPostgres postgres;
    private final KafkaBroker kafka;
    private final RegistryServer registry;
    private final TopicCreator topics;
    private final UniqueNames names = new UniqueNames();
    private IdentityProviderServer identityProvider;

    private SharedPlatform(Path directory, EmbeddedPostgres postgres, KafkaBroker kafka, RegistryServer registry) {
        this.directory = directory;
        this.postgres = postgres;
        this.kafka = kafka;
        this.registry = registry;
        this.topics = new TopicCreator(kafka);
        this.topics.createMissing(Topics.EVERY.stream()
                .map(name -> new TopicCreator.TopicSpec(name, HANDOVER_TOPIC_PARTITIONS, Map.of()))
                .toList());
    }

    static SharedPlatform start() {
        STARTS.incrementAndGet();
        long started = System.nanoTime();
        // initialise logging on this thread, before two components race to do it (the loser would log unconfigured)
        LoggerFactory.getILoggerFactory();
        Path directory = createDirectory();
        CompletableFuture<Timed<KafkaBroker>> kafka = CompletableFuture.supplyAsync(
                () -> Timed.of(() -> KafkaBroker.start(directory.resolve("kafka"), 0,
                        KafkaCredentials.loadOrCreate(directory.resolve("kafka-credentials")))));
        Timed<EmbeddedPostgres> postgres = null;
        Timed<RegistryServer> registry = null;
        try {
            postgres = Timed.of(() -> EmbeddedPostgres.start(directory.resolve("postgres"), 0));
            EmbeddedPostgres database = postgres.value();
            registry = Timed.of(() -> {
                database.createDatabaseIfMissing(REGISTRY_DATABASE);
                return RegistryServer.start(database, REGISTRY_DATABASE);
            });
            Timed<KafkaBroker> broker = kafka.join();
            System.out.printf("Real platform ready in %d ms (PostgreSQL %d ms, Kafka %d ms in parallel, registry %d ms)%n",
                    millisSince(started), postgres.millis(), broker.millis(), registry.millis());
            return new SharedPlatform(directory, postgres.value(), broker.value(), registry.value());
        } catch (RuntimeException e) {
            stopWhatStarted(directory, kafka, postgres, registry, e);
            throw e;
        }
    }

    private static void stopWhatStarted(Path directory, CompletableFuture<Timed<KafkaBroker>> kafka,
            Timed<EmbeddedPostgres> postgres, Timed<RegistryServer> registry, RuntimeException failure) {
        try {
            if (registry != null) {
                registry.value().close();
            }
            kafka.handle((broker, error) -> broker).join();
            Timed<KafkaBroker> broker = kafka.isCompletedExceptionally() ? null : kafka.join();
            if (broker != null) {
                broker.value().close();
            }
            if (postgres != null) {
                postgres.value().close();
            }
            deleteRecursively(directory);
        } catch (RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    @Override
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public Path kafkaCredentialsDirectory() {
        return kafka.credentials().directory();
    }

    @Override
    public Map<String, Object> kafkaClientProperties(String principal) {
        return kafka.clientProperties(principal);
    }

    @Override
    public String schemaRegistryUrl() {
        return registry.url();
    }

    @Override
    public String newTopic(String base) {
        return newTopic(base, 1);
    }

    @Override
    public String newTopic(String base, int partitions) {
        String name = names.topic(base);
        topics.create(name, partitions);
        return name;
    }

    @Override
    public String newDatabase(String base) {
        String name = names.database(base);
        postgres.createDatabaseIfMissing(name);
        return postgres.jdbcUrl(name);
    }

    @Override
    public String jdbcUsername() {
        return postgres.username();
    }

    @Override
    public String jdbcPassword() {
        return postgres.password();
    }

    @Override
    public DataSource dataSource(String jdbcUrl) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        dataSource.setUser(jdbcUsername());
        dataSource.setPassword(jdbcPassword());
        return dataSource;
    }

    @Override
    public synchronized String identityProviderIssuer() {
        return identityProvider().issuer();
    }

    @Override
    public String tokenFor(String demoUserId) {
        return identityProvider().tokenFor(demoUserId);
    }

    private synchronized IdentityProviderServer identityProvider() {
        if (identityProvider == null) {
            if (!IdentityProviderServer.available()) {
                throw new IllegalStateException("identity-provider is not on the test classpath: add"
                        + " uk.casehandover:identity-provider as a test dependency to test with tokens");
            }
            long started = System.nanoTime();
            identityProvider = IdentityProviderServer.start();
            System.out.printf("Identity provider ready in %d ms at %s%n", millisSince(started), identityProvider.issuer());
        }
        return identityProvider;
    }

    @Override
    public void close() {
        try (AutoCloseable provider = identityProvider == null ? () -> { } : identityProvider) {
            // the identity provider first; nothing depends on it
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the identity provider", e);
        }
        try (postgres; kafka; topics; registry) {
            // closed in reverse order: the registry, the admin client, then Kafka and PostgreSQL
        } finally {
            deleteRecursively(directory);
        }
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("real-platform-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the platform's temporary directory", e);
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + root, e);
        }
    }

    /** How many times this JVM started the components (for the extension's own tests). */
    static int starts() {
        return STARTS.get();
    }

    static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }
}
