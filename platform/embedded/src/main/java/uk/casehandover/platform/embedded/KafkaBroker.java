package uk.casehandover.platform.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker in KRaft mode (one node, broker and controller, node id 1), run in this JVM by Kafka's
 * own server entry point, {@link KafkaRaftServer}.
 *
 * <p>Rule: the data directory is the broker's identity. Storage is formatted only when the directory has never held
 * a broker, so a restart on the same directory keeps every topic, record and committed offset. The configuration is
 * a real {@code server.properties}, written into the data directory with its ports filled in and loaded from there.
 * Topics are never created implicitly ({@code auto.create.topics.enable=false}).
 *
 * <p>Rule: nobody gets in unauthenticated, and nobody does what {@link KafkaAccessPolicy} does not allow. Clients
 * authenticate with SCRAM-SHA-512 on the one client listener ({@link #bootstrapServers()}); the StandardAuthorizer
 * refuses whatever no ACL allows; {@code admin} is the only super user. The admin's SCRAM credential is written into
 * the storage when it is formatted; at every start the broker then upserts every {@link ServicePrincipal}'s credential
 * and makes the ACLs exactly the policy's (see {@link BrokerSecurity}), and only then returns. The passwords come from
 * {@link KafkaCredentials}, which must be the same directory at every start on the same data directory.
 */
public final class KafkaBroker implements AutoCloseable {

    static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String TEMPLATE = "server.properties";
    private static final Logger LOG = LoggerFactory.getLogger(KafkaBroker.class);

    private final KafkaRaftServer server;
    private final int port;
    private final int controllerPort;
    private final Path dataDirectory;
    private final KafkaCredentials credentials;
    private volatile boolean closed;

    private KafkaBroker(KafkaRaftServer server, int port, int controllerPort, Path dataDirectory,
            KafkaCredentials credentials) {
        this.server = server;
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDirectory = dataDirectory;
        this.credentials = credentials;
    }

    /**
     * Starts a broker listening on {@code port} (0 picks a free port), with the controller on a free port, its users'
     * passwords from {@code credentials}.
     */
    public static KafkaBroker start(Path dataDirectory, int port, KafkaCredentials credentials) {
        return start(dataDirectory, port, 0, credentials);
    }

    /**
     * Starts a broker on {@code port} with its controller on {@code controllerPort}; 0 picks a free port for either.
     * Returns once the broker has registered with its controller, every principal's credential and ACL is in place,
     * and it accepts clients.
     */
    public static KafkaBroker start(Path dataDirectory, int port, int controllerPort, KafkaCredentials credentials) {
        Objects.requireNonNull(dataDirectory, "dataDirectory must not be null");
        Objects.requireNonNull(credentials, "credentials must not be null");
        Ports.requireValid("port", port);
        Ports.requireValid("controllerPort", controllerPort);
        Path directory = dataDirectory.toAbsolutePath();
        int brokerPort = port == 0 ? Ports.free() : port;
        int quorumPort = controllerPort == 0 ? Ports.freeOtherThan(brokerPort) : controllerPort;
        Ports.requireFree("Kafka broker port", brokerPort);
        Ports.requireFree("Kafka controller port", quorumPort);
        BrokerLogging.quieten();
        long started = System.nanoTime();
        try {
            Path logDirectory = directory.resolve("logs");
            Files.createDirectories(logDirectory);
            Path serverProperties = writeServerProperties(directory, Map.of(
                    "broker.port", String.valueOf(brokerPort),
                    "controller.port", String.valueOf(quorumPort),
                    "log.dir", logDirectory.toString(),
                    "admin.password", credentials.password(ServicePrincipal.ADMIN)));
            KafkaConfig config = KafkaConfig.fromProps(Utils.loadProps(serverProperties.toString()), false);
            boolean formatted = formatOnFirstStart(config, logDirectory, credentials);
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            KafkaBroker broker = new KafkaBroker(server, brokerPort, quorumPort, directory, credentials);
            try {
                BrokerSecurity.apply(broker.adminClientProperties(), credentials);
            } catch (RuntimeException e) {
                broker.close();
                throw e;
            }
            LOG.info("Kafka broker started on localhost:{} (controller {}) in {} ms{}", brokerPort, quorumPort,
                    (System.nanoTime() - started) / 1_000_000, formatted ? " after formatting new storage" : "");
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka broker failed to start in " + directory, e);
        }
    }

    private static Path writeServerProperties(Path directory, Map<String, String> values) throws IOException {
        String text;
        try (InputStream template = KafkaBroker.class.getResourceAsStream(TEMPLATE)) {
            if (template == null) {
                throw new IllegalStateException("the broker template " + TEMPLATE + " is missing from the class path");
            }
            text = new String(template.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("${" + value.getKey() + "}", value.getValue());
        }
        Path file = directory.resolve(TEMPLATE);
        Files.deleteIfExists(file);
        KafkaCredentials.createPrivateFile(file);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static boolean formatOnFirstStart(KafkaConfig config, Path logDirectory, KafkaCredentials credentials) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return false;
        }
        try {
            new Formatter()
                    .setPrintStream(QuietPrintStream.INSTANCE)
                    .setNodeId(config.nodeId())
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    // the admin's SCRAM credential is in the metadata from the first record on, so the broker can
                    // be reached (by its own admin client) only authenticated
                    .setScramArguments(List.of(KafkaCredentials.MECHANISM + "=[name=" + ServicePrincipal.ADMIN
                            + ",password=" + credentials.password(ServicePrincipal.ADMIN) + "]"))
                    .setMetadataLogDirectory(logDirectory.toString())
                    .addDirectory(logDirectory.toString())
                    .run();
            return true;
        } catch (Exception e) {
            throw new IllegalStateException("could not format Kafka storage in " + logDirectory, e);
        }
    }

    /** The SASL_PLAINTEXT client listener, {@code localhost:<port>}; every client must authenticate. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** The passwords this broker was started with. */
    public KafkaCredentials credentials() {
        return credentials;
    }

    /** Bootstrap servers plus the SASL settings of {@code user} ({@code admin} or a principal's name). */
    public Map<String, Object> clientProperties(String user) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("bootstrap.servers", bootstrapServers());
        properties.putAll(credentials.clientProperties(user));
        return properties;
    }

    public Map<String, Object> clientProperties(ServicePrincipal principal) {
        return clientProperties(principal.principalName());
    }

    /** Bootstrap servers plus the super user's SASL settings: the platform's own tools (topics, tests' harness). */
    public Map<String, Object> adminClientProperties() {
        return clientProperties(ServicePrincipal.ADMIN);
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Shuts the broker down cleanly (flushing logs) and waits for it; calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers() + ", dataDirectory=" + dataDirectory + "]";
    }
}
