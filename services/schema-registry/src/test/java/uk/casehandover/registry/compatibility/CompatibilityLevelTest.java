package uk.casehandover.registry.compatibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.casehandover.registry.errors.RegistryException;

class CompatibilityLevelTest {

    @Test
    void readsLevelsWhateverTheirCase() {
        assertThat(CompatibilityLevel.parse("full_transitive")).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
        assertThat(CompatibilityLevel.parse("Backward")).isEqualTo(CompatibilityLevel.BACKWARD);
    }

    @Test
    void refusesAnUnknownLevelWith42203NamingIt() {
        assertThatThrownBy(() -> CompatibilityLevel.parse("SIDEWAYS"))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(42203);
                    assertThat(e.getMessage()).contains("'SIDEWAYS'", "backward_transitive");
                });
    }
}
