package uk.casehandover.timeliness.cases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the timeliness service knows of each case: its force (the URN's first two digits), its CPS Area (the producer of
 * the latest CPS event, once the case reached CPS) and whether its victim has enhanced rights (the latest case file).
 * A fact not carried by an event leaves what was known.
 */
@Component
public class CaseBook {

    /** A case as known after the latest event. */
    public record Case(String urn, String forceCode, String cpsArea, Boolean enhancedRightsVictim) {
    }

    static final int LOCK_CLASS = 0x71AE;

    private final JdbcClient jdbc;

    CaseBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises the work on one case until the caller's transaction ends: a handover and its acknowledgement, or a
     * clock's starting and meeting events, travel on different topics and may be applied at the same moment by two
     * consumers or replicas; without the lock each could miss the other's uncommitted row. The two-key advisory lock
     * (class {@value #LOCK_CLASS}) is in a key space of its own, apart from the outbox relay's single-key lock.
     */
    public void lock(String urn) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lockClass, hashtext(:urn))")
                .param("lockClass", LOCK_CLASS).param("urn", urn).query((rs, row) -> 1).single();
    }

    /** Records what an event tells about its case, in the caller's transaction, and returns the case. */
    public Case remember(String urn, String cpsArea, Boolean enhancedRightsVictim) {
        return jdbc.sql("""
                INSERT INTO timeliness_cases (urn, force_code, cps_area, enhanced_rights_victim)
                VALUES (:urn, :force, :area, :enhanced)
                ON CONFLICT (urn) DO UPDATE SET
                    cps_area = COALESCE(EXCLUDED.cps_area, timeliness_cases.cps_area),
                    enhanced_rights_victim = COALESCE(EXCLUDED.enhanced_rights_victim,
                                                      timeliness_cases.enhanced_rights_victim)
                RETURNING urn, force_code, cps_area, enhanced_rights_victim
                """)
                .param("urn", urn).param("force", urn.substring(0, 2)).param("area", cpsArea)
                .param("enhanced", enhancedRightsVictim)
                .query((rs, row) -> new Case(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Boolean) rs.getObject(4)))
                .single();
    }

}
