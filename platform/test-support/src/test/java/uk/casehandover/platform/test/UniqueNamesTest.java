package uk.casehandover.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UniqueNamesTest {

    private final UniqueNames names = new UniqueNames();

    @Test
    void keepsTheBaseOfATopicNameAndAddsANumberNeverUsedBefore() {
        assertThat(names.topic("police.to.cps")).isEqualTo("police.to.cps-1");
        assertThat(names.topic("police.to.cps")).isEqualTo("police.to.cps-2");
    }

    @Test
    void turnsADatabaseBaseIntoALowerCaseIdentifier() {
        assertThat(names.database("Police-Service.v1")).isEqualTo("police_service_v1_1");
    }

    @Test
    void rejectsATopicBaseWithCharactersKafkaRefuses() {
        assertThatThrownBy(() -> names.topic("police to cps"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topic base name must match")
                .hasMessageContaining("'police to cps'");
    }

    @Test
    void rejectsADatabaseBaseThatDoesNotStartWithALetter() {
        assertThatThrownBy(() -> names.database("1police"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database base name must match");
    }
}
