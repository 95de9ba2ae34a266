package uk.casehandover.timeliness.clock;

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
import uk.casehandover.timeliness.cases.CaseBook;
import uk.casehandover.timeliness.messaging.TimelinessEvents;
import uk.casehandover.timeliness.messaging.TimelinessEvents.Cause;
import uk.casehandover.timeliness.v1.ClockType;

/**
 * The statutory clocks of every case. A clock starts once (one open clock per case, type and subject; a redelivered or
 * repeated starting event starts no second one) with StatutoryClockStarted. The event that satisfies it meets it: before
 * the deadline, StatutoryClockMet; at or after it, the clock is breached (StatutoryClockBreached if not already) and the
 * late time is recorded; a breach is never undone. The breach sweep raises exactly one StatutoryClockBreached per clock
 * still open at its deadline, locking the row (FOR UPDATE SKIP LOCKED) and changing its status in the same transaction
 * as the outbox append. A meeting event that arrives before its clock (another topic, read first) waits for it.
 */
@Component
public class ClockBook {

    /** A clock as a person sees it. */
    public record StatutoryClock(UUID clockId, String urn, String forceCode, String cpsArea, ClockType type,
            String subject, String rule, Instant startedAt, Instant deadline, ClockStatus status, Instant metAt,
            Instant breachDetectedAt) {
    }

    /** Filters of the clock list; null means any. */
    public record Filter(String forceCode, String cpsArea, ClockStatus status, int limit) {
    }

    /** The event acting on the clocks. */
    public record Trigger(UUID eventId, UUID correlationId) {
    }

    private final JdbcClient jdbc;
    private final TimelinessEvents events;
    private final Clock clock;

    ClockBook(JdbcClient jdbc, TimelinessEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Applies what an event does to its case's clocks, in the caller's transaction. */
    public void apply(CaseBook.Case known, List<ClockAction> actions, Trigger trigger) {
        for (ClockAction action : actions) {
            if (action instanceof ClockAction.Start start) {
                start(known, start, trigger);
            } else if (action instanceof ClockAction.Meet meet) {
                meet(known.urn(), meet, trigger);
            }
        }
    }

    private void start(CaseBook.Case known, ClockAction.Start start, Trigger trigger) {
        UUID clockId = UUID.randomUUID();
        UUID startedEventId = UUID.randomUUID();
        Optional<UUID> inserted = jdbc.sql("""
                INSERT INTO statutory_clocks (clock_id, urn, clock_type, subject, rule, started_by, started_event_id,
                    correlation_id, started_at, deadline, status)
                VALUES (:id, :urn, :type, :subject, :rule, :by, :startedEvent, :correlation, :startedAt, :deadline,
                    'OPEN')
                ON CONFLICT (urn, clock_type, subject) WHERE status = 'OPEN' DO NOTHING
                RETURNING clock_id
                """)
                .param("id", clockId).param("urn", known.urn()).param("type", start.type().name())
                .param("subject", start.subject()).param("rule", start.rule()).param("by", trigger.eventId())
                .param("startedEvent", startedEventId).param("correlation", trigger.correlationId())
                .param("startedAt", ts(start.startedAt())).param("deadline", ts(start.deadline()))
                .query(UUID.class).optional();
        if (inserted.isEmpty()) {
            return;
        }
        UUID published = events.started(new Cause(known.urn(), trigger.correlationId(), trigger.eventId()), clockId,
                start.type(), known.forceCode(), known.cpsArea(), start.startedAt(), start.deadline(), start.rule());
        jdbc.sql("UPDATE statutory_clocks SET started_event_id = :published WHERE clock_id = :id")
                .param("published", published).param("id", clockId).update();
        jdbc.sql("""
                DELETE FROM early_clock_meetings WHERE ctid = (
                    SELECT ctid FROM early_clock_meetings
                    WHERE urn = :urn AND clock_type = :type AND (subject IS NULL OR subject = :subject)
                      AND met_at >= :startedAt
                    ORDER BY met_at LIMIT 1)
                RETURNING met_by, met_at, correlation_id
                """)
                .param("urn", known.urn()).param("type", start.type().name()).param("subject", start.subject())
                .param("startedAt", ts(start.startedAt()))
                .query((rs, row) -> new Object[] {rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getObject(3, UUID.class)})
                .optional()
                .ifPresent(early -> meet(load(clockId), (Instant) early[1],
                        new Trigger((UUID) early[0], (UUID) early[2])));
    }

    private void meet(String urn, ClockAction.Meet meet, Trigger trigger) {
        Optional<Row> clockToMeet = jdbc.sql("""
                SELECT clock_id, urn, clock_type, started_event_id, correlation_id, deadline, status
                FROM statutory_clocks
                WHERE urn = :urn AND clock_type = :type AND (CAST(:subject AS text) IS NULL OR subject = :subject)
                  AND status IN ('OPEN', 'BREACHED') AND met_at IS NULL
                ORDER BY started_at, deadline LIMIT 1
                FOR UPDATE
                """)
                .param("urn", urn).param("type", meet.type().name()).param("subject", meet.subject())
                .query(ClockBook::row).optional();
        if (clockToMeet.isPresent()) {
            meet(clockToMeet.get(), meet.at(), trigger);
            return;
        }
        jdbc.sql("""
                INSERT INTO early_clock_meetings (met_by, clock_type, urn, subject, met_at, correlation_id)
                VALUES (:by, :type, :urn, :subject, :at, :correlation) ON CONFLICT DO NOTHING
                """)
                .param("by", trigger.eventId()).param("type", meet.type().name()).param("urn", urn)
                .param("subject", meet.subject()).param("at", ts(meet.at()))
                .param("correlation", trigger.correlationId()).update();
    }

    private void meet(Row row, Instant at, Trigger trigger) {
        if (row.status == ClockStatus.OPEN && at.isBefore(row.deadline)) {
            events.met(new Cause(row.urn, trigger.correlationId(), trigger.eventId()), row.clockId, row.type,
                    row.deadline, at);
            jdbc.sql("UPDATE statutory_clocks SET status = 'MET', met_at = :at, met_by = :by WHERE clock_id = :id")
                    .param("at", ts(at)).param("by", trigger.eventId()).param("id", row.clockId).update();
            return;
        }
        if (row.status == ClockStatus.OPEN) {
            breach(row);
        }
        jdbc.sql("UPDATE statutory_clocks SET met_at = :at, met_by = :by WHERE clock_id = :id")
                .param("at", ts(at)).param("by", trigger.eventId()).param("id", row.clockId).update();
    }

    private void breach(Row row) {
        Instant now = clock.instant();
        UUID breachedEventId = events.breached(new Cause(row.urn, row.correlationId, row.startedEventId),
                row.clockId, row.type, row.deadline, now.isBefore(row.deadline) ? row.deadline : now);
        jdbc.sql("""
                UPDATE statutory_clocks SET status = 'BREACHED', breached_event_id = :breached,
                    breach_detected_at = :now
                WHERE clock_id = :id
                """)
                .param("breached", breachedEventId).param("now", ts(now)).param("id", row.clockId).update();
    }

    /** Breaches up to {@code batchSize} open clocks whose deadline has passed, in one transaction; returns how many. */
    @Transactional
    public int raiseBreaches(int batchSize) {
        List<Row> due = jdbc.sql("""
                SELECT clock_id, urn, clock_type, started_event_id, correlation_id, deadline, status
                FROM statutory_clocks
                WHERE status = 'OPEN' AND deadline <= :now
                ORDER BY deadline LIMIT :limit
                FOR UPDATE SKIP LOCKED
                """)
                .param("now", ts(clock.instant())).param("limit", batchSize)
                .query(ClockBook::row).list();
        due.forEach(this::breach);
        return due.size();
    }

    /** Clocks nearest deadline first. */
    @Transactional(readOnly = true)
    public List<StatutoryClock> clocks(Filter filter) {
        return jdbc.sql("""
                SELECT s.clock_id, s.urn, c.force_code, c.cps_area, s.clock_type, s.subject, s.rule, s.started_at,
                       s.deadline, s.status, s.met_at, s.breach_detected_at
                FROM statutory_clocks s JOIN timeliness_cases c ON c.urn = s.urn
                WHERE (CAST(:force AS text) IS NULL OR c.force_code = :force)
                  AND (CAST(:area AS text) IS NULL OR c.cps_area = :area)
                  AND (CAST(:status AS text) IS NULL OR s.status = :status)
                ORDER BY s.deadline, s.clock_id
                LIMIT :limit
                """)
                .param("force", filter.forceCode()).param("area", filter.cpsArea())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("limit", filter.limit())
                .query((rs, n) -> new StatutoryClock(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), ClockType.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                        instant(rs, 8), instant(rs, 9), ClockStatus.valueOf(rs.getString(10)), instant(rs, 11),
                        instant(rs, 12)))
                .list();
    }

    private Row load(UUID clockId) {
        return jdbc.sql("""
                SELECT clock_id, urn, clock_type, started_event_id, correlation_id, deadline, status
                FROM statutory_clocks WHERE clock_id = :id FOR UPDATE
                """).param("id", clockId).query(ClockBook::row).single();
    }

    private record Row(UUID clockId, String urn, ClockType type, UUID startedEventId, UUID correlationId,
            Instant deadline, ClockStatus status) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getString(2), ClockType.valueOf(rs.getString(3)),
                rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), instant(rs, 6),
                ClockStatus.valueOf(rs.getString(7)));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
