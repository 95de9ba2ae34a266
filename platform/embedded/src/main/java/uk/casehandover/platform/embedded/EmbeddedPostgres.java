package uk.casehandover.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 15 server run from the binaries on the class path, durable in the data directory it is given.
 *
 * <p>Rule: the server is always ready for change data capture. It runs with {@code wal_level=logical},
 * {@code synchronous_commit=on} (the embedded default of {@code off} delays logical decoding) and room for
 * {@value #REPLICATION_SLOTS} replication slots and WAL senders. An existing data directory is reused, never
 * wiped, so what was written survives a restart.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    static final int REPLICATION_SLOTS = 20;
    private static final String SUPERUSER = "postgres";
    private static final String PASSWORD = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private final Path dataDirectory;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts PostgreSQL on {@code port} (0 picks a free one), initialising {@code dataDirectory} only if it holds
     * no cluster yet.
     */
    public static EmbeddedPostgres start(Path dataDirectory, int port) {
        Objects.requireNonNull(dataDirectory, "dataDirectory must not be null");
        Ports.requireValid("port", port);
        Path directory = dataDirectory.toAbsolutePath();
        stopOrphanedServer(directory);
        if (port != 0) {
            Ports.requireFree("PostgreSQL port", port);
        }
        try {
            long started = System.nanoTime();
            var server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(true)
                    .setPort(port)
                    .setServerConfig("wal_level", "logical")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_replication_slots", String.valueOf(REPLICATION_SLOTS))
                    .setServerConfig("max_wal_senders", String.valueOf(REPLICATION_SLOTS))
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
            LOG.info("PostgreSQL started on port {} in {} ms", server.getPort(), (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedPostgres(server, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL failed to start in " + directory + " on port " + port, e);
        }
    }

    /**
     * Stops a server that a process which has since died left running on {@code dataDirectory} (it would hold the
     * port and the directory). A server owned by a live process is left alone. Returns whether one was stopped.
     */
    public static boolean stopOrphanedServer(Path dataDirectory) {
        return OrphanedPostgres.stop(dataDirectory.toAbsolutePath());
    }

    public int port() {
        return server.getPort();
    }

    public String username() {
        return SUPERUSER;
    }

    /** The server trusts local connections; this password is accepted and ignored. */
    public String password() {
        return PASSWORD;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + requireValidName(database);
    }

    /** A non-pooled data source opening a new connection per {@code getConnection()}. */
    public DataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl(database));
        dataSource.setUser(SUPERUSER);
        dataSource.setPassword(PASSWORD);
        return dataSource;
    }

    /** Creates {@code database} unless it exists; safe to call from several threads or processes. */
    public void createDatabaseIfMissing(String database) {
        requireValidName(database);
        try (Connection connection = dataSource("postgres").getConnection()) {
            if (exists(connection, database)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String requireValidName(String database) {
        if (database == null || !DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("database name must match " + DATABASE_NAME.pattern()
                    + " (lower case letters, digits, underscores; at most 63) but was '" + database + "'");
        }
        return database;
    }

    /** Stops the server (fast shutdown); the data directory is kept. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL failed to stop cleanly", e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedPostgres[port=" + port() + ", dataDirectory=" + dataDirectory + "]";
    }
}
