package uk.casehandover.audit.log.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import uk.casehandover.transparency.NodeStore;

/**
 * The Merkle tree's complete subtrees in table audit_node. Used inside the appender's transaction (writes) or any
 * reader's (nodes never change once written, so a reader that reads the size first sees a consistent tree).
 */
public class JdbcNodeStore implements NodeStore {

    private final JdbcTemplate jdbc;

    public JdbcNodeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long size() {
        Long size = jdbc.queryForObject("SELECT coalesce(max(node_index) + 1, 0) FROM audit_node WHERE level = 0", Long.class);
        return size == null ? 0 : size;
    }

    @Override
    public byte[] get(int level, long index) {
        return jdbc.query("SELECT hash FROM audit_node WHERE level = ? AND node_index = ?",
                rs -> rs.next() ? rs.getBytes(1) : null, level, index);
    }

    @Override
    public void put(int level, long index, byte[] hash) {
        jdbc.update("INSERT INTO audit_node (level, node_index, hash) VALUES (?, ?, ?)", level, index, hash);
    }
}
