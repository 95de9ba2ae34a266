package uk.casehandover.isva.victimupdate.persistence;

import static uk.casehandover.isva.victimupdate.persistence.SqlValues.instant;
import static uk.casehandover.isva.victimupdate.persistence.SqlValues.texts;
import static uk.casehandover.isva.victimupdate.persistence.SqlValues.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.casehandover.isva.victimupdate.Acknowledgement;
import uk.casehandover.isva.victimupdate.ConsentKey;
import uk.casehandover.isva.victimupdate.PoliceContact;
import uk.casehandover.isva.victimupdate.UpdateOrder;
import uk.casehandover.isva.victimupdate.VictimUpdate;
import uk.casehandover.isva.victimupdate.VictimUpdateStore;

@Repository
class JdbcVictimUpdates implements VictimUpdateStore {

    private static final String COLUMNS = "update_id, isva_service_id, urn, victim_id, correlation_id, milestone, "
            + "milestone_date, next_step, outcome_type, safety_bail_conditions, police_team, police_telephone, "
            + "police_email, received_at, acknowledged_at, acknowledged_by, acknowledgement_event_id";

    private final JdbcClient jdbc;

    JdbcVictimUpdates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(VictimUpdate update) {
        jdbc.sql("INSERT INTO victim_update (" + COLUMNS + ") "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (update_id) DO NOTHING")
                .params(update.updateId(), update.key().isvaServiceId(), update.key().urn(), update.key().victimId(),
                        update.correlationId(), update.milestone(), update.milestoneDate(), update.nextStep(),
                        update.outcomeType(), update.safetyBailConditions().toArray(String[]::new),
                        update.policeContact().team(), update.policeContact().telephone(),
                        update.policeContact().email(), timestamp(update.receivedAt()),
                        timestamp(ack(update) == null ? null : ack(update).at()),
                        ack(update) == null ? null : ack(update).actorId(),
                        ack(update) == null ? null : ack(update).eventId())
                .update();
    }

    @Override
    public void replace(VictimUpdate update) {
        Acknowledgement ack = ack(update);
        jdbc.sql("UPDATE victim_update SET next_step = ?, outcome_type = ?, safety_bail_conditions = ?, "
                        + "acknowledged_at = ?, acknowledged_by = ?, acknowledgement_event_id = ? WHERE update_id = ?")
                .params(update.nextStep(), update.outcomeType(), update.safetyBailConditions().toArray(String[]::new),
                        timestamp(ack == null ? null : ack.at()), ack == null ? null : ack.actorId(),
                        ack == null ? null : ack.eventId(), update.updateId())
                .update();
    }

    @Override
    public List<VictimUpdate> of(ConsentKey key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM victim_update "
                        + "WHERE isva_service_id = ? AND urn = ? AND victim_id = ? ORDER BY received_seq")
                .params(key.isvaServiceId(), key.urn(), key.victimId())
                .query(JdbcVictimUpdates::update).list();
    }

    @Override
    public int removeAll(ConsentKey key) {
        return jdbc.sql("DELETE FROM victim_update WHERE isva_service_id = ? AND urn = ? AND victim_id = ?")
                .params(key.isvaServiceId(), key.urn(), key.victimId())
                .update();
    }

    @Override
    public List<VictimUpdate> list(String isvaServiceId, String urn, UpdateOrder order) {
        String orderBy = switch (order) {
            case NEWEST_FIRST -> "milestone_date DESC, received_seq DESC";
            case BY_CASE -> "urn, milestone_date, received_seq";
        };
        return jdbc.sql("SELECT " + COLUMNS + " FROM victim_update WHERE isva_service_id = ? "
                        + "AND (CAST(? AS text) IS NULL OR urn = ?) ORDER BY " + orderBy)
                .params(isvaServiceId, urn, urn)
                .query(JdbcVictimUpdates::update).list();
    }

    @Override
    public Optional<VictimUpdate> find(String isvaServiceId, UUID updateId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM victim_update WHERE isva_service_id = ? AND update_id = ?")
                .params(isvaServiceId, updateId)
                .query(JdbcVictimUpdates::update).optional();
    }

    @Override
    public Optional<VictimUpdate> findForChange(String isvaServiceId, UUID updateId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM victim_update WHERE isva_service_id = ? AND update_id = ? FOR UPDATE")
                .params(isvaServiceId, updateId)
                .query(JdbcVictimUpdates::update).optional();
    }

    private static Acknowledgement ack(VictimUpdate update) {
        return update.acknowledgement();
    }

    private static VictimUpdate update(ResultSet rs, int row) throws SQLException {
        Instant acknowledgedAt = instant(rs, "acknowledged_at");
        return new VictimUpdate(
                rs.getObject("update_id", UUID.class),
                new ConsentKey(rs.getString("isva_service_id"), rs.getString("urn"), rs.getString("victim_id")),
                rs.getObject("correlation_id", UUID.class),
                rs.getString("milestone"),
                rs.getObject("milestone_date", LocalDate.class),
                rs.getString("next_step"),
                rs.getString("outcome_type"),
                texts(rs, "safety_bail_conditions"),
                new PoliceContact(rs.getString("police_team"), rs.getString("police_telephone"),
                        rs.getString("police_email")),
                instant(rs, "received_at"),
                acknowledgedAt == null ? null : new Acknowledgement(acknowledgedAt, rs.getString("acknowledged_by"),
                        rs.getObject("acknowledgement_event_id", UUID.class)));
    }
}
