package uk.casehandover.runtime.relay;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What an {@link OutboxRelay} needs: the service's database (a PostgreSQL JDBC URL
 * {@code jdbc:postgresql://host[:port]/database[?...]}), its replication slot, the Kafka producer's settings and the
 * timings.
 *
 * @param producerProperties Kafka producer settings, at least {@code bootstrap.servers}; serializers, acks and
 *                           idempotence are set by the relay
 * @param pollInterval       how often Debezium polls for changes ({@code poll.interval.ms})
 * @param lockRetryInterval  how often a standby replica tries to take the relay lock, and the holder checks it
 */
public record RelaySettings(String jdbcUrl, String username, String password, String slotName,
        Map<String, Object> producerProperties, Duration pollInterval, Duration lockRetryInterval) {

    public RelaySettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(slotName, "slotName");
        if (!slotName.matches("[a-z0-9_]{1,63}")) {
            throw new IllegalArgumentException("a replication slot name must be 1-63 of [a-z0-9_], got '" + slotName + "'");
        }
        producerProperties = Map.copyOf(producerProperties);
        if (!producerProperties.containsKey("bootstrap.servers")) {
            throw new IllegalArgumentException("producerProperties need bootstrap.servers");
        }
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(lockRetryInterval, "lockRetryInterval");
    }

    /** The slot name Spring services get by default: the application name with '-' and '.' as '_', lower case. */
    public static String defaultSlotName(String applicationName) {
        return applicationName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    String host() {
        return uri().getHost();
    }

    int port() {
        int port = uri().getPort();
        return port == -1 ? 5432 : port;
    }

    String database() {
        String path = uri().getPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private URI uri() {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("the relay needs a jdbc:postgresql://host:port/database URL");
        }
        return URI.create(jdbcUrl.substring("jdbc:".length()));
    }
}
