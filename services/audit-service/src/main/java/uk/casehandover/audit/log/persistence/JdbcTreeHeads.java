package uk.casehandover.audit.log.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.casehandover.transparency.SignedTreeHead;
import uk.casehandover.transparency.TreeHead;

/** Every tree head the log signed (table audit_tree_head), one per key and size, and which were published. */
@Repository
public class JdbcTreeHeads {

    private final JdbcTemplate jdbc;

    public JdbcTreeHeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The largest head signed with this key. */
    public Optional<SignedTreeHead> latest(String logId) {
        return jdbc.query("SELECT tree_size, head_timestamp, root_hash, signature FROM audit_tree_head WHERE log_id = ?"
                + " ORDER BY tree_size DESC LIMIT 1", (rs, n) -> new SignedTreeHead(
                        new TreeHead(rs.getLong(1), rs.getLong(2), rs.getBytes(3)), rs.getBytes(4)), logId).stream().findFirst();
    }

    /** Keeps the head unless one of that size was signed already (a concurrent request): that one stays. */
    public void keep(SignedTreeHead signed, String logId) {
        jdbc.update("INSERT INTO audit_tree_head (tree_size, head_timestamp, root_hash, signature, log_id) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (log_id, tree_size) DO NOTHING", signed.treeSize(), signed.head().timestamp(),
                signed.head().rootHash(), signed.signature(), logId);
    }

    /** The size of the largest head published with this key, or -1. */
    public long lastPublishedSize(String logId) {
        Long size = jdbc.queryForObject("SELECT coalesce(max(tree_size), -1) FROM audit_tree_head WHERE log_id = ?"
                + " AND published_at IS NOT NULL", Long.class, logId);
        return size == null ? -1 : size;
    }

    public void markPublished(long treeSize, String logId, Instant at) {
        jdbc.update("UPDATE audit_tree_head SET published_at = ? WHERE log_id = ? AND tree_size = ?", Timestamp.from(at), logId,
                treeSize);
    }
}
