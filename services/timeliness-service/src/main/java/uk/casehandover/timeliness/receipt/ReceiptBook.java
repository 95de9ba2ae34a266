package uk.casehandover.timeliness.receipt;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.timeliness.messaging.TimelinessEvents;
import uk.casehandover.timeliness.messaging.TimelinessEvents.Cause;

/**
 * Handovers awaiting acknowledgement. A handover that expects one is recorded with its due time; the acknowledgement
 * naming it closes it, also when the acknowledgement arrived first (it waits for its handover). The overdue sweep
 * raises exactly one HandoverOverdue per handover still unacknowledged at its due time: the row is locked (FOR UPDATE
 * SKIP LOCKED, so replicas share the work) and marked in the same transaction as the outbox append, so neither a
 * restart nor a second replica raises it twice. A late acknowledgement still closes an overdue handover, which then
 * leaves the list a person works from.
 */
@Component
public class ReceiptBook {

    /** A handover as received. */
    public record Handover(UUID eventId, String eventType, String urn, String topic, Agency sender, String senderId,
            Agency receiver, UUID correlationId, Instant sentAt) {
    }

    /** An overdue handover nobody has acknowledged yet, as a person sees it. */
    public record OverdueHandover(UUID eventId, String eventType, String urn, String forceCode, String cpsArea,
            String topic, Agency sender, String senderId, Agency receiver, Instant sentAt, Instant dueBy,
            Instant overdueSince) {
    }

    /** Filters of the overdue list; null means any. */
    public record Filter(String forceCode, String cpsArea, Agency agency, int limit) {
    }

    private final JdbcClient jdbc;
    private final TimelinessEvents events;
    private final Clock clock;

    ReceiptBook(JdbcClient jdbc, TimelinessEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Records that {@code handover} awaits acknowledgement until {@code dueBy}, in the caller's transaction. */
    public void expect(Handover handover, Instant dueBy) {
        int inserted = jdbc.sql("""
                INSERT INTO awaited_acknowledgements (event_id, event_type, urn, topic, sender, sender_id, receiver,
                    correlation_id, sent_at, due_by)
                VALUES (:id, :type, :urn, :topic, :sender, :senderId, :receiver, :correlation, :sentAt, :dueBy)
                ON CONFLICT (event_id) DO NOTHING
                """)
                .param("id", handover.eventId()).param("type", handover.eventType()).param("urn", handover.urn())
                .param("topic", handover.topic()).param("sender", handover.sender().name())
                .param("senderId", handover.senderId()).param("receiver", handover.receiver().name())
                .param("correlation", handover.correlationId()).param("sentAt", ts(handover.sentAt()))
                .param("dueBy", ts(dueBy)).update();
        if (inserted == 0) {
            return;
        }
        jdbc.sql("DELETE FROM early_acknowledgements WHERE acknowledged_event_id = :id "
                        + "RETURNING acknowledgement_id, acknowledged_at")
                .param("id", handover.eventId())
                .query((rs, row) -> new Object[] {rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()})
                .optional()
                .ifPresent(early -> close(handover.eventId(), (UUID) early[0], (Instant) early[1]));
    }

    /** Closes the handover {@code acknowledgedEventId}; keeps the acknowledgement until the handover arrives if it has not. */
    public void acknowledge(UUID acknowledgedEventId, UUID acknowledgementId, Instant acknowledgedAt) {
        boolean known = jdbc.sql("SELECT 1 FROM awaited_acknowledgements WHERE event_id = :id FOR UPDATE")
                .param("id", acknowledgedEventId).query(Integer.class).optional().isPresent();
        if (known) {
            close(acknowledgedEventId, acknowledgementId, acknowledgedAt);
            return;
        }
        jdbc.sql("""
                INSERT INTO early_acknowledgements (acknowledged_event_id, acknowledgement_id, acknowledged_at)
                VALUES (:id, :ack, :at) ON CONFLICT (acknowledged_event_id) DO NOTHING
                """)
                .param("id", acknowledgedEventId).param("ack", acknowledgementId).param("at", ts(acknowledgedAt))
                .update();
    }

    private void close(UUID eventId, UUID acknowledgementId, Instant at) {
        jdbc.sql("""
                UPDATE awaited_acknowledgements SET acknowledged_at = :at, acknowledgement_id = :ack
                WHERE event_id = :id AND acknowledged_at IS NULL
                """)
                .param("id", eventId).param("ack", acknowledgementId).param("at", ts(at)).update();
    }

    /**
     * Raises HandoverOverdue for up to {@code batchSize} unacknowledged handovers past their due time, oldest due
     * first, in one transaction; returns how many.
     */
    @Transactional
    public int raiseOverdue(int batchSize) {
        Instant now = clock.instant();
        List<Awaited> due = jdbc.sql("""
                SELECT event_id, event_type, urn, topic, sender, sender_id, receiver, correlation_id, sent_at, due_by
                FROM awaited_acknowledgements
                WHERE acknowledged_at IS NULL AND overdue_event_id IS NULL AND due_by <= :now
                ORDER BY due_by LIMIT :limit
                FOR UPDATE SKIP LOCKED
                """)
                .param("now", ts(now)).param("limit", batchSize)
                .query(ReceiptBook::awaited).list();
        for (Awaited handover : due) {
            UUID overdueId = events.overdue(new Cause(handover.urn, handover.correlationId, handover.eventId),
                    handover.eventId, handover.eventType, handover.topic, handover.sender, handover.senderId,
                    handover.receiver, handover.sentAt, handover.dueBy);
            jdbc.sql("""
                    UPDATE awaited_acknowledgements SET overdue_event_id = :overdue, overdue_detected_at = :now
                    WHERE event_id = :id
                    """)
                    .param("overdue", overdueId).param("now", ts(now)).param("id", handover.eventId).update();
        }
        return due.size();
    }

    /** Overdue handovers nobody has acknowledged, oldest first. */
    @Transactional(readOnly = true)
    public List<OverdueHandover> overdue(Filter filter) {
        return jdbc.sql("""
                SELECT a.event_id, a.event_type, a.urn, c.force_code, c.cps_area, a.topic, a.sender, a.sender_id,
                       a.receiver, a.sent_at, a.due_by, a.overdue_detected_at
                FROM awaited_acknowledgements a JOIN timeliness_cases c ON c.urn = a.urn
                WHERE a.acknowledged_at IS NULL AND a.overdue_event_id IS NOT NULL
                  AND (CAST(:force AS text) IS NULL OR c.force_code = :force)
                  AND (CAST(:area AS text) IS NULL OR c.cps_area = :area)
                  AND (CAST(:agency AS text) IS NULL OR a.sender = :agency OR a.receiver = :agency)
                ORDER BY a.sent_at, a.event_id
                LIMIT :limit
                """)
                .param("force", filter.forceCode()).param("area", filter.cpsArea())
                .param("agency", filter.agency() == null ? null : filter.agency().name())
                .param("limit", filter.limit())
                .query((rs, row) -> new OverdueHandover(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        Agency.valueOf(rs.getString(7)), rs.getString(8), Agency.valueOf(rs.getString(9)),
                        instant(rs, 10), instant(rs, 11), instant(rs, 12)))
                .list();
    }

    /** Whether the handover is recorded and, if so, acknowledged (for tests and diagnostics). */
    public Optional<Boolean> acknowledged(UUID eventId) {
        return jdbc.sql("SELECT acknowledged_at IS NOT NULL FROM awaited_acknowledgements WHERE event_id = :id")
                .param("id", eventId).query(Boolean.class).optional();
    }

    private record Awaited(UUID eventId, String eventType, String urn, String topic, Agency sender, String senderId,
            Agency receiver, UUID correlationId, Instant sentAt, Instant dueBy) {
    }

    private static Awaited awaited(ResultSet rs, int row) throws SQLException {
        return new Awaited(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                Agency.valueOf(rs.getString(5)), rs.getString(6), Agency.valueOf(rs.getString(7)),
                rs.getObject(8, UUID.class), instant(rs, 9), instant(rs, 10));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
