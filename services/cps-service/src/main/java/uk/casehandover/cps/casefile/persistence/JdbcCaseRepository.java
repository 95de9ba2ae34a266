package uk.casehandover.cps.casefile.persistence;

import static uk.casehandover.cps.casefile.persistence.Columns.date;
import static uk.casehandover.cps.casefile.persistence.Columns.enumValue;
import static uk.casehandover.cps.casefile.persistence.Columns.instant;
import static uk.casehandover.cps.casefile.persistence.Columns.joined;
import static uk.casehandover.cps.casefile.persistence.Columns.name;
import static uk.casehandover.cps.casefile.persistence.Columns.split;
import static uk.casehandover.cps.casefile.persistence.Columns.timestamp;
import static uk.casehandover.cps.casefile.persistence.Columns.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.casehandover.cps.casefile.ActionPlan;
import uk.casehandover.cps.casefile.CaseFile;
import uk.casehandover.cps.casefile.CaseRepository;
import uk.casehandover.cps.casefile.CaseState;
import uk.casehandover.cps.casefile.CpsCase;
import uk.casehandover.cps.casefile.Decision;
import uk.casehandover.cps.casefile.Vocabulary.ActionOwner;
import uk.casehandover.cps.casefile.Vocabulary.ChargingOutcome;
import uk.casehandover.cps.casefile.Vocabulary.TestType;

/** Cases in PostgreSQL: one row per case, its action plans and their items; lock() is SELECT ... FOR UPDATE. */
@Repository
class JdbcCaseRepository implements CaseRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcCaseRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<CpsCase> lock(String urn) {
        return select(urn, " FOR UPDATE");
    }

    Optional<CpsCase> read(String urn) {
        return select(urn, "");
    }

    private Optional<CpsCase> select(String urn, String lock) {
        Optional<CpsCase.Snapshot> row = jdbc.sql("SELECT * FROM cps_case WHERE urn = :urn" + lock)
                .param("urn", urn)
                .query((rs, n) -> snapshot(rs, plans(urn)))
                .optional();
        return row.map(CpsCase::restore);
    }

    @Override
    public void save(CpsCase cpsCase) {
        CpsCase.Snapshot s = cpsCase.snapshot();
        CaseFile f = s.file();
        Decision d = s.decision();
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("urn", s.urn());
        params.put("state", s.state().name());
        params.put("correlation", s.correlationId());
        params.put("answering", s.answering());
        params.put("earlyAdvice", s.earlyAdviceRequestId());
        params.put("rape", s.rapeCase());
        params.put("lawyer", s.allocatedLawyer());
        params.put("fileEvent", f == null ? null : f.eventId());
        params.put("submission", f == null ? null : f.submissionNumber());
        params.put("received", f == null ? null : timestamp(f.receivedAt()));
        params.put("mg3", f == null ? null : f.hasMg3());
        params.put("documents", f == null ? null : f.documents());
        params.put("hashes", f == null ? null : f.manifestHashesVerified());
        params.put("schedules", f == null ? null : f.disclosureSchedules());
        params.put("suspects", f == null ? null : joined(f.suspectPncIds()));
        params.put("offences", f == null ? null : joined(f.offenceCodes()));
        params.put("test", f == null ? null : name(f.testRequested()));
        params.put("custody", f != null && f.suspectInCustody());
        params.put("custodyExpires", f == null ? null : timestamp(f.custodyExpiresAt()));
        params.put("bailExpires", f == null ? null : timestamp(f.bailExpiresAt()));
        params.put("vulnerable", f != null && f.vulnerableVictim());
        params.put("enhanced", f != null && f.enhancedRightsVictim());
        params.put("decisionDue", s.decisionDueOn());
        params.put("decisionEvent", d == null ? null : d.eventId());
        params.put("outcome", d == null ? null : name(d.outcome()));
        params.put("charges", d == null ? null : joined(d.charges().stream()
                .map(c -> c.cjsOffenceCode() + "|" + c.suspectPncId()).toList()));
        params.put("testApplied", d == null ? null : name(d.testApplied()));
        params.put("rationale", d == null ? null : d.rationale());
        params.put("review", d == null ? null : d.victimRightToReviewDeadline());
        params.put("finalisation", s.finalisationEventId());
        params.put("victimTold", timestamp(s.victimToldAt()));
        params.put("now", timestamp(clock.instant()));
        jdbc.sql("""
                INSERT INTO cps_case (urn, state, correlation_id, answering_event_id, early_advice_request_id, rape_case,
                    allocated_lawyer, file_event_id, submission_number, file_received_at, file_has_mg3, file_documents,
                    file_hashes_verified, file_disclosure_schedules, file_suspect_pnc_ids, file_offence_codes,
                    file_test_requested, suspect_in_custody, custody_expires_at, bail_expires_at, vulnerable_victim,
                    enhanced_rights_victim, decision_due_on, decision_event_id, decision_outcome, decision_charges,
                    decision_test_applied, decision_rationale, right_to_review_deadline, finalisation_event_id,
                    victim_told_at, opened_at, updated_at)
                VALUES (:urn, :state, :correlation, :answering, :earlyAdvice, :rape, :lawyer, :fileEvent, :submission,
                    :received, :mg3, :documents, :hashes, :schedules, :suspects, :offences, :test, :custody,
                    :custodyExpires, :bailExpires, :vulnerable, :enhanced, :decisionDue, :decisionEvent, :outcome,
                    :charges, :testApplied, :rationale, :review, :finalisation, :victimTold, :now, :now)
                ON CONFLICT (urn) DO UPDATE SET state = EXCLUDED.state, correlation_id = EXCLUDED.correlation_id,
                    answering_event_id = EXCLUDED.answering_event_id,
                    early_advice_request_id = EXCLUDED.early_advice_request_id, rape_case = EXCLUDED.rape_case,
                    allocated_lawyer = EXCLUDED.allocated_lawyer, file_event_id = EXCLUDED.file_event_id,
                    submission_number = EXCLUDED.submission_number, file_received_at = EXCLUDED.file_received_at,
                    file_has_mg3 = EXCLUDED.file_has_mg3, file_documents = EXCLUDED.file_documents,
                    file_hashes_verified = EXCLUDED.file_hashes_verified,
                    file_disclosure_schedules = EXCLUDED.file_disclosure_schedules,
                    file_suspect_pnc_ids = EXCLUDED.file_suspect_pnc_ids,
                    file_offence_codes = EXCLUDED.file_offence_codes,
                    file_test_requested = EXCLUDED.file_test_requested,
                    suspect_in_custody = EXCLUDED.suspect_in_custody, custody_expires_at = EXCLUDED.custody_expires_at,
                    bail_expires_at = EXCLUDED.bail_expires_at, vulnerable_victim = EXCLUDED.vulnerable_victim,
                    enhanced_rights_victim = EXCLUDED.enhanced_rights_victim,
                    decision_due_on = EXCLUDED.decision_due_on, decision_event_id = EXCLUDED.decision_event_id,
                    decision_outcome = EXCLUDED.decision_outcome, decision_charges = EXCLUDED.decision_charges,
                    decision_test_applied = EXCLUDED.decision_test_applied,
                    decision_rationale = EXCLUDED.decision_rationale,
                    right_to_review_deadline = EXCLUDED.right_to_review_deadline,
                    finalisation_event_id = EXCLUDED.finalisation_event_id,
                    victim_told_at = EXCLUDED.victim_told_at, updated_at = EXCLUDED.updated_at
                """).params(params).update();
        for (ActionPlan plan : s.plans()) {
            savePlan(s.urn(), plan);
        }
    }

    private void savePlan(String urn, ActionPlan plan) {
        int inserted = jdbc.sql("""
                INSERT INTO cps_action_plan (urn, sequence_number, event_id, issued_at, due_on, requires_dcp_review,
                    answer_event_id, answered_at)
                VALUES (:urn, :seq, :event, :issued, :due, :dcp, :answer, :answered)
                ON CONFLICT (urn, sequence_number) DO UPDATE SET answer_event_id = EXCLUDED.answer_event_id,
                    answered_at = EXCLUDED.answered_at
                RETURNING (xmax = 0)
                """)
                .param("urn", urn).param("seq", plan.sequenceNumber()).param("event", plan.eventId())
                .param("issued", timestamp(plan.issuedAt())).param("due", plan.dueOn())
                .param("dcp", plan.requiresDcpReview()).param("answer", plan.answerEventId())
                .param("answered", timestamp(plan.answeredAt()))
                .query(Boolean.class).single() ? 1 : 0;
        if (inserted == 0) {
            return;
        }
        for (int i = 0; i < plan.items().size(); i++) {
            ActionPlan.Item item = plan.items().get(i);
            jdbc.sql("""
                    INSERT INTO cps_action_plan_item (urn, sequence_number, position, item_id, description, owner, due_on)
                    VALUES (:urn, :seq, :position, :itemId, :description, :owner, :due)
                    """)
                    .param("urn", urn).param("seq", plan.sequenceNumber()).param("position", i)
                    .param("itemId", item.itemId()).param("description", item.description())
                    .param("owner", item.owner().name()).param("due", item.dueOn())
                    .update();
        }
    }

    List<ActionPlan> plans(String urn) {
        List<ActionPlan.Item> noItems = List.of();
        List<ActionPlan> plans = jdbc.sql("SELECT * FROM cps_action_plan WHERE urn = :urn ORDER BY sequence_number")
                .param("urn", urn)
                .query((rs, n) -> new ActionPlan(rs.getInt("sequence_number"), uuid(rs, "event_id"),
                        instant(rs, "issued_at"), date(rs, "due_on"), rs.getBoolean("requires_dcp_review"), noItems,
                        uuid(rs, "answer_event_id"), instant(rs, "answered_at")))
                .list();
        List<ActionPlan> withItems = new ArrayList<>();
        for (ActionPlan plan : plans) {
            List<ActionPlan.Item> items = jdbc.sql("""
                    SELECT * FROM cps_action_plan_item WHERE urn = :urn AND sequence_number = :seq ORDER BY position
                    """)
                    .param("urn", urn).param("seq", plan.sequenceNumber())
                    .query((rs, n) -> new ActionPlan.Item(rs.getString("item_id"), rs.getString("description"),
                            ActionOwner.valueOf(rs.getString("owner")), date(rs, "due_on")))
                    .list();
            withItems.add(new ActionPlan(plan.sequenceNumber(), plan.eventId(), plan.issuedAt(), plan.dueOn(),
                    plan.requiresDcpReview(), items, plan.answerEventId(), plan.answeredAt()));
        }
        return withItems;
    }

    private static CpsCase.Snapshot snapshot(ResultSet rs, List<ActionPlan> plans) throws SQLException {
        CaseFile file = rs.getObject("file_event_id") == null ? null : new CaseFile(uuid(rs, "file_event_id"),
                rs.getInt("submission_number"), instant(rs, "file_received_at"), rs.getBoolean("file_has_mg3"),
                rs.getInt("file_documents"), rs.getBoolean("file_hashes_verified"),
                rs.getInt("file_disclosure_schedules"), split(rs.getString("file_suspect_pnc_ids")),
                split(rs.getString("file_offence_codes")), enumValue(TestType.class, rs.getString("file_test_requested")),
                rs.getBoolean("suspect_in_custody"), instant(rs, "custody_expires_at"),
                instant(rs, "bail_expires_at"), rs.getBoolean("vulnerable_victim"),
                rs.getBoolean("enhanced_rights_victim"));
        Decision decision = rs.getObject("decision_event_id") == null ? null : new Decision(
                uuid(rs, "decision_event_id"), ChargingOutcome.valueOf(rs.getString("decision_outcome")),
                split(rs.getString("decision_charges")).stream().map(JdbcCaseRepository::charge).toList(),
                enumValue(TestType.class, rs.getString("decision_test_applied")), rs.getString("decision_rationale"),
                date(rs, "right_to_review_deadline"));
        return new CpsCase.Snapshot(rs.getString("urn"), CaseState.valueOf(rs.getString("state")),
                uuid(rs, "correlation_id"), uuid(rs, "answering_event_id"), uuid(rs, "early_advice_request_id"),
                rs.getBoolean("rape_case"), rs.getString("allocated_lawyer"), file, date(rs, "decision_due_on"),
                plans, decision, uuid(rs, "finalisation_event_id"), instant(rs, "victim_told_at"));
    }

    private static Decision.Charge charge(String joined) {
        String[] parts = joined.split("\\|", 2);
        return new Decision.Charge(parts[0], parts[1]);
    }
}
