package uk.casehandover.registry.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.casehandover.registry.subjects.SchemaStore;
import uk.casehandover.registry.subjects.StoredSchema;
import uk.casehandover.registry.subjects.SubjectVersion;

/** {@link SchemaStore} in PostgreSQL; {@link #atomically} is a transaction holding the registry's advisory lock. */
public final class JdbcSchemaStore implements SchemaStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public JdbcSchemaStore(JdbcClient jdbc, TransactionTemplate transactions, RegistryTables tables) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public <T> T atomically(Supplier<T> work) {
        return transactions.execute(status -> {
            AdvisoryLock.acquire(jdbc);
            return work.get();
        });
    }

    @Override
    public Optional<Integer> schemaIdByFingerprint(String fingerprint) {
        return jdbc.sql("select id from registry_schema where fingerprint = ?")
                .param(fingerprint).query(Integer.class).optional();
    }

    @Override
    public int insertSchema(String schemaType, String schema, String fingerprint) {
        int id = jdbc.sql("select coalesce(max(id), 0) + 1 from registry_schema").query(Integer.class).single();
        jdbc.sql("insert into registry_schema (id, schema_type, schema_text, fingerprint) values (?, ?, ?, ?)")
                .params(id, schemaType, schema, fingerprint).update();
        return id;
    }

    @Override
    public Optional<StoredSchema> schemaById(int id) {
        return jdbc.sql("select id, schema_type, schema_text from registry_schema where id = ?")
                .param(id)
                .query((rs, row) -> new StoredSchema(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    @Override
    public List<SubjectVersion> versions(String subject) {
        return jdbc.sql("select subject, version, schema_id, deleted from registry_subject_version "
                        + "where subject = ? order by version")
                .param(subject).query(JdbcSchemaStore::version).list();
    }

    @Override
    public void addVersion(SubjectVersion version) {
        jdbc.sql("insert into registry_subject_version (subject, version, schema_id, deleted) values (?, ?, ?, ?)")
                .params(version.subject(), version.version(), version.schemaId(), version.deleted()).update();
    }

    @Override
    public void markDeleted(String subject, int version) {
        jdbc.sql("update registry_subject_version set deleted = true where subject = ? and version = ?")
                .params(subject, version).update();
    }

    @Override
    public void remove(String subject, int version) {
        jdbc.sql("delete from registry_subject_version where subject = ? and version = ?")
                .params(subject, version).update();
    }

    @Override
    public List<SubjectVersion> versionsUsing(int schemaId) {
        return jdbc.sql("select subject, version, schema_id, deleted from registry_subject_version "
                        + "where schema_id = ? order by subject, version")
                .param(schemaId).query(JdbcSchemaStore::version).list();
    }

    @Override
    public List<String> subjects(boolean includeDeleted) {
        return jdbc.sql("select distinct subject from registry_subject_version "
                        + "where ? or not deleted order by subject")
                .param(includeDeleted).query(String.class).list();
    }

    private static SubjectVersion version(ResultSet rs, int row) throws SQLException {
        return new SubjectVersion(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4));
    }
}
