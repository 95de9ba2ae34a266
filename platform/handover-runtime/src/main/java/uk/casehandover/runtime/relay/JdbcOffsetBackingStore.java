package uk.casehandover.runtime.relay;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.runtime.WorkerConfig;
import org.apache.kafka.connect.storage.MemoryOffsetBackingStore;

/**
 * Keeps Debezium's source offsets in the service's own database (table {@code handover_relay_offsets}, one row per
 * relay and offset key), so that a relay restarted anywhere resumes where the last one committed. Debezium creates
 * it by class name with the engine's properties ({@code offset.storage.handover.*}).
 */
public class JdbcOffsetBackingStore extends MemoryOffsetBackingStore {

    static final String URL = "offset.storage.handover.jdbc.url";
    static final String USER = "offset.storage.handover.jdbc.user";
    static final String PASSWORD = "offset.storage.handover.jdbc.password";
    static final String RELAY = "offset.storage.handover.relay";

    private static final String UPSERT = "INSERT INTO handover_relay_offsets (relay, offset_key, offset_value, updated_at) "
            + "VALUES (?, ?, ?, now()) ON CONFLICT (relay, offset_key) "
            + "DO UPDATE SET offset_value = EXCLUDED.offset_value, updated_at = now()";

    private String url;
    private String user;
    private String password;
    private String relay;
    private Connection connection;

    @Override
    public void configure(WorkerConfig config) {
        super.configure(config);
        Map<String, String> originals = config.originalsStrings();
        url = required(originals, URL);
        user = originals.get(USER);
        password = originals.get(PASSWORD);
        relay = required(originals, RELAY);
    }

    @Override
    public synchronized void start() {
        super.start();
        try (PreparedStatement select = connection().prepareStatement(
                "SELECT offset_key, offset_value FROM handover_relay_offsets WHERE relay = ?")) {
            select.setString(1, relay);
            Map<ByteBuffer, ByteBuffer> loaded = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byte[] value = rows.getBytes(2);
                    loaded.put(ByteBuffer.wrap(rows.getBytes(1)), value == null ? null : ByteBuffer.wrap(value));
                }
            }
            data.putAll(loaded);
        } catch (SQLException e) {
            closeConnection();
            throw new ConnectException("could not load the relay's offsets for " + relay, e);
        }
    }

    @Override
    public synchronized void stop() {
        super.stop();
        closeConnection();
    }

    @Override
    protected synchronized void save() {
        try (PreparedStatement upsert = connection().prepareStatement(UPSERT)) {
            for (Map.Entry<ByteBuffer, ByteBuffer> entry : data.entrySet()) {
                upsert.setString(1, relay);
                upsert.setBytes(2, bytes(entry.getKey()));
                upsert.setBytes(3, entry.getValue() == null ? null : bytes(entry.getValue()));
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            closeConnection();
            throw new ConnectException("could not save the relay's offsets for " + relay, e);
        }
    }

    @Override
    public Set<Map<String, Object>> connectorPartitions(String connectorName) {
        return Set.of();
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(url, user, password);
            connection.setAutoCommit(true);
        }
        return connection;
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is gone either way
            }
            connection = null;
        }
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    private static String required(Map<String, String> originals, String key) {
        String value = originals.get(key);
        if (value == null || value.isBlank()) {
            throw new ConnectException(key + " is required");
        }
        return value;
    }
}
