package uk.casehandover.cps.casefile.persistence;

import static uk.casehandover.cps.casefile.persistence.Columns.timestamp;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.casehandover.cps.casefile.HandoverLog;

@Repository
class JdbcHandoverLog implements HandoverLog {

    private final JdbcClient jdbc;

    JdbcHandoverLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(Entry entry) {
        jdbc.sql("""
                INSERT INTO cps_handover (urn, direction, event_type, event_id, correlation_id, causation_id, actor_id,
                    occurred_at)
                VALUES (:urn, :direction, :type, :event, :correlation, :causation, :actor, :at)
                """)
                .param("urn", entry.urn()).param("direction", entry.direction().name())
                .param("type", entry.eventType()).param("event", entry.envelope().eventId())
                .param("correlation", entry.envelope().correlationId())
                .param("causation", entry.envelope().causationId())
                .param("actor", entry.envelope().actor() == null ? null : entry.envelope().actor().id())
                .param("at", timestamp(entry.envelope().occurredAt()))
                .update();
    }

    @Override
    public boolean markAcknowledged(String urn, UUID sentEventId, UUID acknowledgementEventId, Instant at) {
        return jdbc.sql("""
                UPDATE cps_handover SET acknowledged_by_event_id = :ack, acknowledged_at = :at
                WHERE urn = :urn AND event_id = :sent AND direction = 'SENT'
                """)
                .param("ack", acknowledgementEventId).param("at", timestamp(at))
                .param("urn", urn).param("sent", sentEventId)
                .update() == 1;
    }
}
