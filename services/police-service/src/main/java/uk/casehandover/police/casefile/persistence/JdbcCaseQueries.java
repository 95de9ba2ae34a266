package uk.casehandover.police.casefile.persistence;

import static uk.casehandover.police.casefile.persistence.JdbcPoliceCases.instant;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.casehandover.police.casefile.CaseState;
import uk.casehandover.police.casefile.ChargingOutcome;
import uk.casehandover.police.casefile.PoliceCase;
import uk.casehandover.police.casefile.application.CaseQueries;
import uk.casehandover.police.casefile.application.CaseView;
import uk.casehandover.police.casefile.application.VictimDetails;

/** The case view and case list, read from the tables the commands and consumers write. */
@Repository
@Transactional(readOnly = true)
class JdbcCaseQueries implements CaseQueries {

    private final JdbcClient jdbc;
    private final JdbcPoliceCases cases;
    private final VictimDetails victimDetails;

    JdbcCaseQueries(JdbcClient jdbc, JdbcPoliceCases cases, VictimDetails victimDetails) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.victimDetails = victimDetails;
    }

    @Override
    public Optional<CaseView> view(String urn) {
        return cases.load(urn, false).map(PoliceCase::snapshot).map(s -> {
            var plan = s.actionPlans().stream().filter(p -> p.isOpen()).findFirst()
                    .map(p -> new CaseView.OpenActionPlan(p.sequenceNumber(), p.dueOn(), p.requiresDcpReview(),
                            p.issuedAt(), p.items()))
                    .orElse(null);
            var d = s.decision();
            var c = s.consent();
            return new CaseView(s.urn(), s.urn().substring(0, 2), s.state(), s.victimId(), s.enhancedRightsVictim(),
                    s.openedAt(), updatedAt(urn), s.offences(), s.suspectPncIds(), s.submissionNumber(),
                    s.decisionDueOn(), plan,
                    d == null ? null : new CaseView.DecisionView(d.outcome(), d.testApplied(), d.decidedAt(),
                            d.rightToReviewDeadline()),
                    s.victimToldAt() == null ? null : new CaseView.VictimTold(s.victimToldAt(), s.victimToldMethod()),
                    new CaseView.CustodyView(s.custody().custodyExpiresAt(), s.custody().bailExpiresAt(),
                            s.custody().safetyBailConditions()),
                    c == null ? null : new CaseView.ConsentView(c.isvaServiceId(), c.scopes(), c.givenAt()),
                    log(urn, "RECEIVED", "CPS"), log(urn, "SENT", "CPS"), log(urn, "SENT", "ISVA_SERVICE"),
                    victimDetails.view(s.victimId(), s.victimData()));
        });
    }

    @Override
    public List<CaseView.Summary> forForce(String forceCode, int limit) {
        return jdbc.sql("""
                SELECT c.*, (SELECT p.due_on FROM action_plan p WHERE p.urn = c.urn AND p.status = 'OPEN') AS plan_due_on
                FROM police_case c WHERE c.force_code = ? ORDER BY c.updated_at DESC, c.urn LIMIT ?""")
                .params(forceCode, limit)
                .query((rs, n) -> new CaseView.Summary(rs.getString("urn"), CaseState.valueOf(rs.getString("state")),
                        rs.getString("victim_id"), rs.getInt("submission_number"),
                        rs.getObject("decision_due_on", LocalDate.class), rs.getObject("plan_due_on", LocalDate.class),
                        rs.getString("decision_outcome") == null ? null
                                : ChargingOutcome.valueOf(rs.getString("decision_outcome")),
                        instant(rs, "updated_at")))
                .list();
    }

    @Override
    public boolean victimInForce(String victimId, String forceCode) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM police_case WHERE victim_id = ? AND force_code = ?)")
                .params(victimId, forceCode).query(Boolean.class).single();
    }

    private java.time.Instant updatedAt(String urn) {
        return jdbc.sql("SELECT updated_at FROM police_case WHERE urn = ?").param(urn)
                .query((rs, n) -> instant(rs, "updated_at")).single();
    }

    private List<CaseView.LogEntry> log(String urn, String direction, String counterpart) {
        return jdbc.sql("""
                SELECT * FROM handover_log WHERE urn = ? AND direction = ? AND counterpart = ?
                ORDER BY recorded_at, occurred_at""")
                .params(urn, direction, counterpart)
                .query((rs, n) -> new CaseView.LogEntry(rs.getObject("event_id", UUID.class), rs.getString("event_type"),
                        instant(rs, "occurred_at"), instant(rs, "recorded_at"), rs.getString("summary"),
                        rs.getString("milestone"), rs.getString("isva_service_id"), instant(rs, "acknowledged_at"),
                        instant(rs, "read_at")))
                .list();
    }
}
