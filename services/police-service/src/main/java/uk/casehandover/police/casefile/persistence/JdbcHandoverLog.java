package uk.casehandover.police.casefile.persistence;

import static uk.casehandover.police.casefile.persistence.JdbcPoliceCases.ts;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.casehandover.police.casefile.CaseFact;
import uk.casehandover.police.casefile.CpsStep;
import uk.casehandover.police.casefile.HandoverLog;
import uk.casehandover.police.casefile.Received;

/** The handover log in PostgreSQL; summaries name the step, never its sensitive content. */
@Repository
class JdbcHandoverLog implements HandoverLog {

    private static final String INSERT = """
            INSERT INTO handover_log (event_id, urn, direction, counterpart, event_type, occurred_at, recorded_at,
              summary, isva_service_id, milestone)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;

    JdbcHandoverLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void sent(CaseFact fact, Instant at) {
        String isva = fact instanceof CaseFact.ForIsva forIsva ? forIsva.isvaServiceId() : null;
        String milestone = fact instanceof CaseFact.VictimUpdateIssued update ? update.milestone().name() : null;
        jdbc.sql(INSERT).params(fact.envelope().eventId(), fact.envelope().urn(), "SENT", fact.recipient().name(),
                fact.getClass().getSimpleName(), ts(fact.envelope().occurredAt()), ts(at), Summaries.of(fact), isva,
                milestone).update();
    }

    @Override
    public void received(CpsStep step, Instant at) {
        Received r = step.received();
        jdbc.sql(INSERT).params(r.eventId(), r.urn(), "RECEIVED", "CPS", simpleType(r.eventType()), ts(r.occurredAt()),
                ts(at), Summaries.of(step), null, null).update();
    }

    @Override
    public boolean acknowledged(String urn, UUID acknowledgedEventId, Received acknowledgement, Instant at) {
        return jdbc.sql("""
                UPDATE handover_log SET acknowledged_at = COALESCE(acknowledged_at, ?),
                  acknowledgement_event_id = COALESCE(acknowledgement_event_id, ?)
                WHERE event_id = ? AND urn = ? AND direction = 'SENT'""")
                .params(ts(at), acknowledgement.eventId(), acknowledgedEventId, urn).update() == 1;
    }

    @Override
    public boolean read(String urn, UUID updateEventId, Received acknowledgement, Instant at) {
        return jdbc.sql("""
                UPDATE handover_log SET read_at = COALESCE(read_at, ?), acknowledged_at = COALESCE(acknowledged_at, ?),
                  acknowledgement_event_id = COALESCE(acknowledgement_event_id, ?)
                WHERE event_id = ? AND urn = ? AND event_type = 'VictimUpdateIssued'""")
                .params(ts(at), ts(at), acknowledgement.eventId(), updateEventId, urn).update() == 1;
    }

    static String simpleType(String fullName) {
        return fullName.substring(fullName.lastIndexOf('.') + 1);
    }
}
