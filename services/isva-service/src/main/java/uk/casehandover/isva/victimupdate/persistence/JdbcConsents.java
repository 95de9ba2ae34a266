package uk.casehandover.isva.victimupdate.persistence;

import static uk.casehandover.isva.victimupdate.persistence.SqlValues.instant;
import static uk.casehandover.isva.victimupdate.persistence.SqlValues.texts;
import static uk.casehandover.isva.victimupdate.persistence.SqlValues.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.casehandover.isva.victimupdate.Consent;
import uk.casehandover.isva.victimupdate.ConsentKey;
import uk.casehandover.isva.victimupdate.Consents;
import uk.casehandover.isva.victimupdate.SharingScope;

@Repository
class JdbcConsents implements Consents {

    private static final String COLUMNS = "isva_service_id, urn, victim_id, scopes, given_at, withdrawn_at";

    private final JdbcClient jdbc;

    JdbcConsents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Consent> find(ConsentKey key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM victim_consent "
                        + "WHERE isva_service_id = ? AND urn = ? AND victim_id = ? FOR UPDATE")
                .params(key.isvaServiceId(), key.urn(), key.victimId())
                .query(JdbcConsents::consent).optional();
    }

    @Override
    public void save(Consent consent) {
        ConsentKey key = consent.key();
        jdbc.sql("INSERT INTO victim_consent (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (isva_service_id, urn, victim_id) DO UPDATE SET scopes = EXCLUDED.scopes, "
                        + "given_at = EXCLUDED.given_at, withdrawn_at = EXCLUDED.withdrawn_at")
                .params(key.isvaServiceId(), key.urn(), key.victimId(),
                        consent.scopes().stream().map(Enum::name).sorted().toArray(String[]::new),
                        timestamp(consent.givenAt()), timestamp(consent.withdrawnAt()))
                .update();
    }

    @Override
    public List<Consent> of(String isvaServiceId, String urn) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM victim_consent WHERE isva_service_id = ? "
                        + "AND (CAST(? AS text) IS NULL OR urn = ?) ORDER BY urn, victim_id")
                .params(isvaServiceId, urn, urn)
                .query(JdbcConsents::consent).list();
    }

    private static Consent consent(ResultSet rs, int row) throws SQLException {
        return new Consent(new ConsentKey(rs.getString("isva_service_id"), rs.getString("urn"), rs.getString("victim_id")),
                texts(rs, "scopes").stream().map(SharingScope::valueOf).collect(Collectors.toSet()),
                instant(rs, "given_at"), instant(rs, "withdrawn_at"));
    }
}
