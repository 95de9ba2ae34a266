package uk.casehandover.victimdata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The per-victim data keys in their own PostgreSQL database, each stored wrapped by the KEK. A victim has at most one
 * live key; destroying it (erasure) sets the wrapped keyset to NULL and records when and why, and is permanent.
 * After an erasure, new data for the same victim id gets a new key, which the earlier ciphertexts never name.
 */
final class VictimKeyStore {

    /** A row of {@code victim_data_key}: {@code wrappedKeyset} is null once destroyed. */
    record StoredKey(String keyId, String victimId, byte[] wrappedKeyset, Instant createdAt, Instant destroyedAt,
            ErasureReason erasureReason) {
    }

    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS victim_data_key (
              key_id          text PRIMARY KEY,
              victim_id       text NOT NULL,
              wrapped_keyset  bytea,
              created_at      timestamptz NOT NULL,
              destroyed_at    timestamptz,
              erasure_reason  text,
              CHECK ((wrapped_keyset IS NULL) = (destroyed_at IS NOT NULL))
            );
            CREATE UNIQUE INDEX IF NOT EXISTS victim_data_key_live ON victim_data_key (victim_id)
              WHERE destroyed_at IS NULL;
            """;

    private final DataSource dataSource;

    VictimKeyStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void createTable() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_lock(4711)");
            try {
                s.execute(SCHEMA);
            } finally {
                s.execute("SELECT pg_advisory_unlock(4711)");
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    Optional<StoredKey> liveKeyOf(String victimId) {
        return one("SELECT * FROM victim_data_key WHERE victim_id = ? AND destroyed_at IS NULL", victimId);
    }

    Optional<StoredKey> find(String keyId) {
        return one("SELECT * FROM victim_data_key WHERE key_id = ?", keyId);
    }

    /** Stores a new live key for the victim, unless one was stored meanwhile; returns the victim's live key. */
    StoredKey addIfNone(String victimId, byte[] wrappedKeyset, String keyId, Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO victim_data_key (key_id, victim_id, wrapped_keyset, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (victim_id) WHERE destroyed_at IS NULL DO NOTHING""")) {
            insert.setString(1, keyId);
            insert.setString(2, victimId);
            insert.setBytes(3, wrappedKeyset);
            insert.setTimestamp(4, Timestamp.from(now));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw unavailable(e);
        }
        return liveKeyOf(victimId).orElseThrow(() -> new VictimDataException("the victim's data key was destroyed "
                + "while it was being created; try again"));
    }

    /** Destroys every live key of the victim; returns how many were destroyed (0 when none was live). */
    int destroy(String victimId, ErasureReason reason, Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement("""
                UPDATE victim_data_key SET wrapped_keyset = NULL, destroyed_at = ?, erasure_reason = ?
                WHERE victim_id = ? AND destroyed_at IS NULL""")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, reason.name());
            update.setString(3, victimId);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** The victim's most recently destroyed key, if any. */
    Optional<StoredKey> lastDestroyedOf(String victimId) {
        return one("SELECT * FROM victim_data_key WHERE victim_id = ? AND destroyed_at IS NOT NULL "
                + "ORDER BY destroyed_at DESC LIMIT 1", victimId);
    }

    static String newKeyId() {
        return "vk-" + UUID.randomUUID();
    }

    private Optional<StoredKey> one(String sql, String parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp destroyed = rs.getTimestamp("destroyed_at");
                String reason = rs.getString("erasure_reason");
                return Optional.of(new StoredKey(rs.getString("key_id"), rs.getString("victim_id"),
                        rs.getBytes("wrapped_keyset"), rs.getTimestamp("created_at").toInstant(),
                        destroyed == null ? null : destroyed.toInstant(),
                        reason == null ? null : ErasureReason.valueOf(reason)));
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static VictimDataException unavailable(SQLException e) {
        return new VictimDataException("the victim key store is unavailable (SQL state " + e.getSQLState() + ")", e);
    }
}
