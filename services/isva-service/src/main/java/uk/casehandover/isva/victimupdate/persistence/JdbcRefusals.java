package uk.casehandover.isva.victimupdate.persistence;

import static uk.casehandover.isva.victimupdate.persistence.SqlValues.timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.casehandover.isva.victimupdate.Refusals;
import uk.casehandover.isva.victimupdate.UpdateRefusal;

@Repository
class JdbcRefusals implements Refusals {

    private final JdbcClient jdbc;

    JdbcRefusals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(UpdateRefusal refusal) {
        jdbc.sql("INSERT INTO victim_update_refusal "
                        + "(update_event_id, isva_service_id, urn, victim_id, reason, refused_at) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (update_event_id) DO NOTHING")
                .params(refusal.updateEventId(), refusal.key().isvaServiceId(), refusal.key().urn(),
                        refusal.key().victimId(), refusal.reason().name(), timestamp(refusal.refusedAt()))
                .update();
    }
}
