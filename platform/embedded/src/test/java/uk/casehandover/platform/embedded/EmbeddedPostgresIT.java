package uk.casehandover.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresIT {

    @TempDir
    Path dataDirectory;

    @Test
    void runsWithLogicalReplicationAndSynchronousCommitOn() throws SQLException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory, 0)) {
            DataSource postgresDb = postgres.dataSource("postgres");

            assertThat(show(postgresDb, "wal_level")).isEqualTo("logical");
            assertThat(show(postgresDb, "synchronous_commit")).isEqualTo("on");
            assertThat(Integer.parseInt(show(postgresDb, "max_replication_slots"))).isGreaterThanOrEqualTo(10);
            assertThat(Integer.parseInt(show(postgresDb, "max_wal_senders"))).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void keepsDataAcrossARestartOnTheSameDataDirectory() throws SQLException {
        int firstPort;
        long firstStart = System.nanoTime();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory, 0)) {
            System.out.printf("PostgreSQL first start (initdb) %d ms%n", (System.nanoTime() - firstStart) / 1_000_000);
            firstPort = postgres.port();
            postgres.createDatabaseIfMissing("handover_test");
            execute(postgres.dataSource("handover_test"),
                    "CREATE TABLE handover (urn text PRIMARY KEY)",
                    "INSERT INTO handover VALUES ('01ZD0304208')");
        }

        long secondStart = System.nanoTime();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory, 0)) {
            System.out.printf("PostgreSQL restart on existing data %d ms%n", (System.nanoTime() - secondStart) / 1_000_000);
            postgres.createDatabaseIfMissing("handover_test");

            assertThat(query(postgres.dataSource("handover_test"), "SELECT urn FROM handover")).isEqualTo("01ZD0304208");
            assertThat(postgres.jdbcUrl("handover_test"))
                    .isEqualTo("jdbc:postgresql://localhost:" + postgres.port() + "/handover_test");
        }
        assertThat(firstPort).isPositive();
    }

    @Test
    void takesOverADataDirectoryWhoseOwnerWasKilledWithoutStoppingPostgres() throws Exception {
        Path console = Files.createTempFile("child-jvm-", ".log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PostgresInAChildJvm.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true).redirectOutput(console.toFile()).start();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> Files.readString(console).contains("ready on") || !child.isAlive());
            assertThat(Files.readString(console)).contains("ready on");
            child.destroyForcibly().waitFor();
            assertThat(dataDirectory.resolve("postmaster.pid")).as("the orphaned server is still running").exists();

            try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory, 0)) {
                assertThat(query(postgres.dataSource("postgres"),
                        "SELECT count(*) FROM pg_database WHERE datname = 'left_behind'")).isEqualTo("1");
            }
        } finally {
            child.destroyForcibly();
            Files.deleteIfExists(console);
        }
    }

    @Test
    void leavesAloneAServerThatALiveOwnerStillRuns() {
        try (EmbeddedPostgres owner = EmbeddedPostgres.start(dataDirectory, 0)) {
            assertThat(EmbeddedPostgres.stopOrphanedServer(dataDirectory)).isFalse();
            assertThat(owner.dataSource("postgres")).satisfies(ds -> assertThat(query(ds, "SELECT 1")).isEqualTo("1"));
        }
    }

    @Test
    void createsADatabaseOnlyOnce() throws SQLException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory, 0)) {
            postgres.createDatabaseIfMissing("twice");
            postgres.createDatabaseIfMissing("twice");

            assertThat(query(postgres.dataSource("postgres"),
                    "SELECT count(*) FROM pg_database WHERE datname = 'twice'")).isEqualTo("1");
        }
    }

    @Test
    void rejectsADatabaseNameThatIsNotAPlainIdentifier() {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory, 0)) {
            assertThatThrownBy(() -> postgres.createDatabaseIfMissing("x; DROP DATABASE postgres"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("database name must match");
        }
    }

    private static String show(DataSource dataSource, String setting) {
        return query(dataSource, "SHOW " + setting);
    }

    private static String query(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as("a row from %s", sql).isTrue();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new AssertionError("query failed: " + sql, e);
        }
    }

    private static void execute(DataSource dataSource, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
