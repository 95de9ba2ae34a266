package uk.casehandover.platform.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
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
 */
public final class KafkaBroker implements AutoCloseable {

    static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String TEMPLATE = "server.properties";
    private static final Logger LOG = LoggerFactory.getLogger(KafkaBroker.class);

    private final KafkaRaftServer server;
    private final int port;
    private final int controllerPort;
    private final Path dataDirectory;
    private volatile boolean closed;

    private KafkaBroker(KafkaRaftServer server, int port, int controllerPort, Path dataDirectory) {
        this.server = server;
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDirectory = dataDirectory;
    }

    /** Starts a broker listening on {@code port} (0 picks a free port), with the controller on a free port. */
    public static KafkaBroker start(Path dataDirectory, int port) {
        return start(dataDirectory, port, 0);
    }

    /**
     * Starts a broker on {@code port} with its controller on {@code controllerPort}; 0 picks a free port for either.
     * Returns once the broker has registered with its controller and accepts clients.
     */
    public static KafkaBroker start(Path dataDirectory, int port, int controllerPort) {
        Objects.requireNonNull(dataDirectory, "dataDirectory must not be null");
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
                    "log.dir", logDirectory.toString()));
            KafkaConfig config = KafkaConfig.fromProps(Utils.loadProps(serverProperties.toString()), false);
            boolean formatted = formatOnFirstStart(config, logDirectory);
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            LOG.info("Kafka broker started on localhost:{} (controller {}) in {} ms{}", brokerPort, quorumPort,
                    (System.nanoTime() - started) / 1_000_000, formatted ? " after formatting new storage" : "");
            return new KafkaBroker(server, brokerPort, quorumPort, directory);
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
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static boolean formatOnFirstStart(KafkaConfig config, Path logDirectory) {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return false;
        }
        try {
            new Formatter()
                    .setPrintStream(QuietPrintStream.INSTANCE)
                    .setNodeId(config.nodeId())
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(logDirectory.toString())
                    .addDirectory(logDirectory.toString())
                    .run();
            return true;
        } catch (Exception e) {
            throw new IllegalStateException("could not format Kafka storage in " + logDirectory, e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
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
