package uk.casehandover.audit.log.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.casehandover.audit.log.LoggedEntry;
import uk.casehandover.transparency.HandoverEntry;

/** The log's entries (table audit_entry), by index, by record and by case. */
@Repository
public class JdbcEntries {

    private static final String COLUMNS = "entry_index, record_sha256, topic, kafka_partition, kafka_offset, event_id, event_type,"
            + " urn, producing_agency, producer_id, occurred_at, record_timestamp, logged_at, receiving_agency, acknowledges_event_id";

    private final JdbcTemplate jdbc;

    public JdbcEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The index of the entry already made from this record (same topic, partition and offset) or this event id. */
    public Optional<Long> existing(String topic, int partition, long offset, String eventId) {
        return jdbc.query("SELECT entry_index FROM audit_entry WHERE (topic = ? AND kafka_partition = ? AND kafka_offset = ?)"
                + " OR event_id = ? LIMIT 1", (rs, n) -> rs.getLong(1), topic, partition, offset, eventId).stream().findFirst();
    }

    public void insert(long index, HandoverEntry e, String receivingAgency, String acknowledgesEventId) {
        jdbc.update("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                index, e.recordSha256(), e.topic(), e.partition(), e.offset(), e.eventId(), e.eventType(), e.urn(),
                e.producingAgency(), e.producerId(), Timestamp.from(e.occurredAt()), Timestamp.from(e.recordTimestamp()),
                Timestamp.from(e.loggedAt()), receivingAgency, acknowledgesEventId);
    }

    public Optional<LoggedEntry> at(long index) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE entry_index = ?", JdbcEntries::entry, index)
                .stream().findFirst();
    }

    /** Every entry about this case, in log order. */
    public List<LoggedEntry> aboutCase(String urn) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE urn = ? ORDER BY entry_index", JdbcEntries::entry, urn);
    }

    public long count() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM audit_entry", Long.class);
        return count == null ? 0 : count;
    }

    private static LoggedEntry entry(ResultSet rs, int row) throws SQLException {
        HandoverEntry entry = new HandoverEntry(rs.getBytes("record_sha256"), rs.getString("topic"), rs.getInt("kafka_partition"),
                rs.getLong("kafka_offset"), rs.getString("event_id"), rs.getString("event_type"), rs.getString("urn"),
                rs.getString("producing_agency"), rs.getString("producer_id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getTimestamp("record_timestamp").toInstant(), rs.getTimestamp("logged_at").toInstant());
        return new LoggedEntry(rs.getLong("entry_index"), entry, rs.getString("receiving_agency"), rs.getString("acknowledges_event_id"));
    }
}
