package uk.casehandover.cps.casefile.persistence;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.casehandover.cps.casefile.VictimOnFile;
import uk.casehandover.cps.casefile.VictimsOnFile;
import uk.casehandover.victimdata.SealedVictimData;

/** The victims of each case's latest file in PostgreSQL, their personal data as ciphertext (bytea) and key id. */
@Repository
class JdbcVictimsOnFile implements VictimsOnFile {

    private final JdbcClient jdbc;

    JdbcVictimsOnFile(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void keep(String urn, List<VictimOnFile> victims) {
        jdbc.sql("DELETE FROM cps_case_victim WHERE urn = ?").param(urn).update();
        for (int i = 0; i < victims.size(); i++) {
            VictimOnFile v = victims.get(i);
            SealedVictimData s = v.sealed();
            jdbc.sql("""
                    INSERT INTO cps_case_victim (urn, victim_id, position, key_id, name, date_of_birth, contact_details,
                        communication_preferences) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (urn, victim_id) DO NOTHING""")
                    .params(urn, v.victimId(), i, s == null ? null : s.keyId(), s == null ? null : s.name(),
                            s == null ? null : s.dateOfBirth(), s == null ? null : s.contactDetails(),
                            s == null ? null : s.communicationPreferences())
                    .update();
        }
    }

    @Override
    public List<VictimOnFile> of(String urn) {
        return jdbc.sql("SELECT * FROM cps_case_victim WHERE urn = ? ORDER BY position").param(urn)
                .query((rs, n) -> new VictimOnFile(rs.getString("victim_id"), rs.getString("key_id") == null ? null
                        : new SealedVictimData(rs.getString("key_id"), rs.getBytes("name"),
                                rs.getBytes("date_of_birth"), rs.getBytes("contact_details"),
                                rs.getBytes("communication_preferences"))))
                .list();
    }
}
