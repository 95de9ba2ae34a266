package uk.casehandover.runtime.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelaySettingsTest {

    @Test
    void readsTheDatabaseCoordinatesFromTheJdbcUrl() {
        RelaySettings settings = settings("jdbc:postgresql://db.internal:6543/police_service?sslmode=require", "police_service");

        assertThat(settings.host()).isEqualTo("db.internal");
        assertThat(settings.port()).isEqualTo(6543);
        assertThat(settings.database()).isEqualTo("police_service");
    }

    @Test
    void defaultsToPostgresPort() {
        assertThat(settings("jdbc:postgresql://localhost/cps_service", "cps_service").port()).isEqualTo(5432);
    }

    @Test
    void namesTheSlotAfterTheApplication() {
        assertThat(RelaySettings.defaultSlotName("police-service")).isEqualTo("police_service");
        assertThat(RelaySettings.defaultSlotName("ISVA.Service")).isEqualTo("isva_service");
    }

    @Test
    void refusesASlotNamePostgresWouldRefuse() {
        assertThatThrownBy(() -> settings("jdbc:postgresql://localhost/x", "police-service"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("replication slot");
    }

    @Test
    void givesEachSlotItsOwnLock() {
        assertThat(OutboxRelay.lockKey("police_service")).isEqualTo(OutboxRelay.lockKey("police_service"))
                .isNotEqualTo(OutboxRelay.lockKey("cps_service"));
    }

    private static RelaySettings settings(String url, String slot) {
        return new RelaySettings(url, "u", "p", slot, Map.of("bootstrap.servers", "localhost:9092"),
                Duration.ofMillis(20), Duration.ofSeconds(1));
    }
}
