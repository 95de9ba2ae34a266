package uk.casehandover.police.casefile.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.casehandover.police.casefile.ActionPlan;
import uk.casehandover.police.casefile.CaseState;
import uk.casehandover.police.casefile.ChargingOutcome;
import uk.casehandover.police.casefile.ContactMethod;
import uk.casehandover.police.casefile.Custody;
import uk.casehandover.police.casefile.Decision;
import uk.casehandover.police.casefile.Offence;
import uk.casehandover.police.casefile.PoliceCase;
import uk.casehandover.police.casefile.PoliceCases;
import uk.casehandover.police.casefile.PoliceContact;
import uk.casehandover.police.casefile.SharingScope;
import uk.casehandover.police.casefile.TestType;
import uk.casehandover.police.casefile.VictimConsent;
import uk.casehandover.victimdata.SealedVictimData;

/** Cases in PostgreSQL. A case is locked (SELECT ... FOR UPDATE) when loaded to change, so officers and consumers take turns. */
@Repository
class JdbcPoliceCases implements PoliceCases {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcPoliceCases(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<PoliceCase> find(String urn) {
        return load(urn, true);
    }

    Optional<PoliceCase> load(String urn, boolean lock) {
        if (lock && jdbc.sql("SELECT urn FROM police_case WHERE urn = ? FOR UPDATE").param(urn).query(String.class)
                .optional().isEmpty()) {
            return Optional.empty();
        }
        List<Offence> offences = jdbc.sql("SELECT * FROM case_offence WHERE urn = ? ORDER BY position").param(urn)
                .query((rs, n) -> new Offence(rs.getString("cjs_offence_code"), rs.getString("description"),
                        rs.getObject("committed_from", LocalDate.class), rs.getObject("committed_to", LocalDate.class)))
                .list();
        List<String> suspects = jdbc.sql("SELECT pnc_id FROM case_suspect WHERE urn = ? ORDER BY position").param(urn)
                .query(String.class).list();
        List<ActionPlan> plans = plans(urn);
        return jdbc.sql("SELECT * FROM police_case WHERE urn = ?").param(urn)
                .query((rs, n) -> PoliceCase.restore(snapshot(rs, offences, suspects, plans)))
                .optional();
    }

    @Override
    public void add(PoliceCase policeCase) {
        PoliceCase.Snapshot s = policeCase.snapshot();
        SealedVictimData v = s.victimData();
        jdbc.sql("""
                INSERT INTO police_case (urn, force_code, victim_id, enhanced_rights_victim, contact_team,
                  contact_telephone, contact_email, opened_at, state, submission_number, updated_at, version,
                  victim_key_id, victim_name, victim_date_of_birth, victim_contact_details,
                  victim_communication_preferences)
                VALUES (:urn, :force, :victim, :enhanced, :team, :telephone, :email, :opened, :state, 0, :now, 0,
                  :keyId, :name, :born, :contact, :preferences)""")
                .param("urn", s.urn()).param("force", s.urn().substring(0, 2)).param("victim", s.victimId())
                .param("enhanced", s.enhancedRightsVictim()).param("team", s.policeContact().team())
                .param("telephone", s.policeContact().telephone()).param("email", s.policeContact().email())
                .param("opened", ts(s.openedAt())).param("state", s.state().name()).param("now", ts(clock.instant()))
                .param("keyId", v == null ? null : v.keyId()).param("name", v == null ? null : v.name())
                .param("born", v == null ? null : v.dateOfBirth())
                .param("contact", v == null ? null : v.contactDetails())
                .param("preferences", v == null ? null : v.communicationPreferences())
                .update();
        for (int i = 0; i < s.offences().size(); i++) {
            Offence o = s.offences().get(i);
            jdbc.sql("INSERT INTO case_offence VALUES (?, ?, ?, ?, ?, ?)")
                    .params(s.urn(), i, o.cjsOffenceCode(), o.description(), o.committedFrom(), o.committedTo()).update();
        }
        for (int i = 0; i < s.suspectPncIds().size(); i++) {
            jdbc.sql("INSERT INTO case_suspect VALUES (?, ?, ?)").params(s.urn(), i, s.suspectPncIds().get(i)).update();
        }
    }

    @Override
    public void save(PoliceCase policeCase) {
        PoliceCase.Snapshot s = policeCase.snapshot();
        Decision d = s.decision();
        VictimConsent c = s.consent();
        int updated = jdbc.sql("""
                UPDATE police_case SET state = :state, submission_number = :submission,
                  current_submission_event_id = :submissionEvent, early_advice_request_event_id = :adviceRequest,
                  decision_due_on = :decisionDue, decision_event_id = :decisionEvent,
                  decision_correlation_id = :decisionCorrelation, decision_outcome = :outcome,
                  decision_test_applied = :testApplied, decided_at = :decidedAt, right_to_review_deadline = :vrr,
                  victim_told_at = :toldAt, victim_told_method = :toldMethod, custody_expires_at = :custody,
                  bail_expires_at = :bail, safety_bail_conditions = CAST(:conditions AS text[]),
                  consent_isva_service_id = :isva, consent_scopes = CAST(:scopes AS text[]), consent_given_at = :consentAt,
                  updated_at = :now, version = version + 1
                WHERE urn = :urn AND version = :version""")
                .param("state", s.state().name()).param("submission", s.submissionNumber())
                .param("submissionEvent", s.currentSubmissionEventId())
                .param("adviceRequest", s.earlyAdviceRequestEventId()).param("decisionDue", s.decisionDueOn())
                .param("decisionEvent", d == null ? null : d.eventId())
                .param("decisionCorrelation", d == null ? null : d.correlationId())
                .param("outcome", d == null ? null : d.outcome().name())
                .param("testApplied", d == null || d.testApplied() == null ? null : d.testApplied().name())
                .param("decidedAt", d == null ? null : ts(d.decidedAt()))
                .param("vrr", d == null ? null : d.rightToReviewDeadline())
                .param("toldAt", ts(s.victimToldAt()))
                .param("toldMethod", s.victimToldMethod() == null ? null : s.victimToldMethod().name())
                .param("custody", ts(s.custody().custodyExpiresAt())).param("bail", ts(s.custody().bailExpiresAt()))
                .param("conditions", textArray(s.custody().safetyBailConditions()))
                .param("isva", c == null ? null : c.isvaServiceId())
                .param("scopes", c == null ? null : textArray(c.scopes().stream().map(Enum::name).sorted().toList()))
                .param("consentAt", c == null ? null : ts(c.givenAt()))
                .param("now", ts(clock.instant())).param("urn", s.urn()).param("version", s.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("case " + s.urn() + " changed since it was loaded");
        }
        for (ActionPlan plan : s.actionPlans()) {
            savePlan(s.urn(), plan);
        }
    }

    private void savePlan(String urn, ActionPlan plan) {
        int inserted = jdbc.sql("""
                INSERT INTO action_plan VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (urn, sequence_number) DO UPDATE SET status = excluded.status, answered_at = excluded.answered_at
                RETURNING (xmax = 0)""")
                .params(urn, plan.sequenceNumber(), plan.eventId(), plan.correlationId(), plan.dueOn(),
                        plan.requiresDcpReview(), ts(plan.issuedAt()), plan.status().name(), ts(plan.answeredAt()))
                .query(Boolean.class).single() ? 1 : 0;
        if (inserted == 1) {
            for (int i = 0; i < plan.items().size(); i++) {
                ActionPlan.Item item = plan.items().get(i);
                jdbc.sql("INSERT INTO action_plan_item VALUES (?, ?, ?, ?, ?, ?, ?)")
                        .params(urn, plan.sequenceNumber(), i, item.itemId(), item.description(), item.owner().name(),
                                item.dueOn())
                        .update();
            }
        }
    }

    private List<ActionPlan> plans(String urn) {
        List<ActionPlan.Item> none = List.of();
        return jdbc.sql("SELECT * FROM action_plan WHERE urn = ? ORDER BY sequence_number").param(urn)
                .query((rs, n) -> new ActionPlan(rs.getInt("sequence_number"), rs.getObject("event_id", UUID.class),
                        rs.getObject("correlation_id", UUID.class), rs.getObject("due_on", LocalDate.class),
                        rs.getBoolean("requires_dcp_review"), instant(rs, "issued_at"), none,
                        ActionPlan.Status.valueOf(rs.getString("status")), instant(rs, "answered_at")))
                .list().stream()
                .map(plan -> new ActionPlan(plan.sequenceNumber(), plan.eventId(), plan.correlationId(), plan.dueOn(),
                        plan.requiresDcpReview(), plan.issuedAt(), items(urn, plan.sequenceNumber()), plan.status(),
                        plan.answeredAt()))
                .toList();
    }

    List<ActionPlan.Item> items(String urn, int sequenceNumber) {
        return jdbc.sql("SELECT * FROM action_plan_item WHERE urn = ? AND sequence_number = ? ORDER BY position")
                .params(urn, sequenceNumber)
                .query((rs, n) -> new ActionPlan.Item(rs.getString("item_id"), rs.getString("description"),
                        ActionPlan.Owner.valueOf(rs.getString("owner")), rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    private static PoliceCase.Snapshot snapshot(ResultSet rs, List<Offence> offences, List<String> suspects,
            List<ActionPlan> plans) throws SQLException {
        UUID decisionEvent = rs.getObject("decision_event_id", UUID.class);
        Decision decision = decisionEvent == null ? null : new Decision(decisionEvent,
                rs.getObject("decision_correlation_id", UUID.class),
                ChargingOutcome.valueOf(rs.getString("decision_outcome")),
                rs.getString("decision_test_applied") == null ? null : TestType.valueOf(rs.getString("decision_test_applied")),
                instant(rs, "decided_at"), rs.getObject("right_to_review_deadline", LocalDate.class));
        String isva = rs.getString("consent_isva_service_id");
        VictimConsent consent = isva == null ? null : new VictimConsent(isva, scopes(rs.getArray("consent_scopes")),
                instant(rs, "consent_given_at"));
        String method = rs.getString("victim_told_method");
        return new PoliceCase.Snapshot(rs.getString("urn"), rs.getString("victim_id"),
                rs.getBoolean("enhanced_rights_victim"), offences, suspects,
                new PoliceContact(rs.getString("contact_team"), rs.getString("contact_telephone"),
                        rs.getString("contact_email")),
                instant(rs, "opened_at"), CaseState.valueOf(rs.getString("state")), rs.getInt("submission_number"),
                rs.getObject("current_submission_event_id", UUID.class),
                rs.getObject("early_advice_request_event_id", UUID.class),
                rs.getObject("decision_due_on", LocalDate.class), plans, decision, instant(rs, "victim_told_at"),
                method == null ? null : ContactMethod.valueOf(method),
                new Custody(instant(rs, "custody_expires_at"), instant(rs, "bail_expires_at"),
                        strings(rs.getArray("safety_bail_conditions"))),
                consent, victimData(rs), rs.getLong("version"));
    }

    private static SealedVictimData victimData(ResultSet rs) throws SQLException {
        String keyId = rs.getString("victim_key_id");
        return keyId == null ? null : new SealedVictimData(keyId, rs.getBytes("victim_name"),
                rs.getBytes("victim_date_of_birth"), rs.getBytes("victim_contact_details"),
                rs.getBytes("victim_communication_preferences"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Set<SharingScope> scopes(Array array) throws SQLException {
        return strings(array).stream().map(SharingScope::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SharingScope.class)));
    }

    /** A PostgreSQL text[] literal, bound as text and cast in SQL. */
    static String textArray(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
