package uk.casehandover.cps.casefile.persistence;

import static uk.casehandover.cps.casefile.persistence.Columns.date;
import static uk.casehandover.cps.casefile.persistence.Columns.instant;
import static uk.casehandover.cps.casefile.persistence.Columns.uuid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.casehandover.cps.casefile.ActionPlan;
import uk.casehandover.cps.casefile.CpsCase;

/** What lawyers read: the inbox in urgency order and a case with its history. */
@Component
@Transactional(readOnly = true)
public class CaseQueries {

    /** States in which a file waits for a lawyer: triage, first review, review after an answered plan. */
    public static final List<String> AWAITING_LAWYER = List.of("FILE_RECEIVED", "ACCEPTED", "UNDER_REVIEW");

    private final JdbcClient jdbc;
    private final JdbcCaseRepository repository;

    CaseQueries(JdbcClient jdbc, JdbcCaseRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    public record InboxEntry(String urn, String state, int submissionNumber, Instant receivedAt,
            boolean suspectInCustody, Instant custodyExpiresAt, Instant bailExpiresAt, boolean vulnerableVictim,
            boolean rapeCase, String allocatedLawyer, LocalDate decisionDueOn) {
    }

    public record HandoverEntry(String direction, String eventType, UUID eventId, UUID correlationId,
            UUID causationId, Instant occurredAt, UUID acknowledgedByEventId, Instant acknowledgedAt) {
    }

    /** Suspect in custody first, then the nearest custody or bail expiry, then the oldest received. */
    public List<InboxEntry> inbox() {
        return jdbc.sql("""
                SELECT * FROM cps_case WHERE state IN (:states)
                ORDER BY suspect_in_custody DESC, LEAST(custody_expires_at, bail_expires_at) ASC NULLS LAST,
                    file_received_at ASC, urn
                """)
                .param("states", AWAITING_LAWYER)
                .query((rs, n) -> new InboxEntry(rs.getString("urn"), rs.getString("state"),
                        rs.getInt("submission_number"), instant(rs, "file_received_at"),
                        rs.getBoolean("suspect_in_custody"), instant(rs, "custody_expires_at"),
                        instant(rs, "bail_expires_at"), rs.getBoolean("vulnerable_victim"), rs.getBoolean("rape_case"),
                        rs.getString("allocated_lawyer"), date(rs, "decision_due_on")))
                .list();
    }

    public Optional<CpsCase> find(String urn) {
        return repository.read(urn);
    }

    public List<ActionPlan> plans(String urn) {
        return repository.plans(urn);
    }

    public record Unacknowledged(String urn, String eventType, UUID eventId, Instant occurredAt) {
    }

    /**
     * CPS events the police have not acknowledged since before {@code sentBefore}: a person must look at them.
     * Acknowledgements themselves (receipts, HandoverAcknowledged) are never acknowledged and are not listed.
     */
    public List<Unacknowledged> unacknowledged(Instant sentBefore) {
        return jdbc.sql("""
                SELECT urn, event_type, event_id, occurred_at FROM cps_handover
                WHERE direction = 'SENT' AND acknowledged_by_event_id IS NULL AND occurred_at < :before
                  AND event_type NOT IN (:acknowledgements)
                ORDER BY occurred_at, id
                """)
                .param("before", Columns.timestamp(sentBefore))
                .param("acknowledgements", List.of("uk.casehandover.common.v1.HandoverAcknowledged",
                        "uk.casehandover.cps.v1.CaseFileReceiptAcknowledged"))
                .query((rs, n) -> new Unacknowledged(rs.getString("urn"), rs.getString("event_type"),
                        uuid(rs, "event_id"), instant(rs, "occurred_at")))
                .list();
    }

    public List<HandoverEntry> history(String urn) {
        return jdbc.sql("SELECT * FROM cps_handover WHERE urn = :urn ORDER BY id")
                .param("urn", urn)
                .query((rs, n) -> new HandoverEntry(rs.getString("direction"), rs.getString("event_type"),
                        uuid(rs, "event_id"), uuid(rs, "correlation_id"), uuid(rs, "causation_id"),
                        instant(rs, "occurred_at"), uuid(rs, "acknowledged_by_event_id"),
                        instant(rs, "acknowledged_at")))
                .list();
    }
}
