package uk.casehandover.registry.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.casehandover.registry.compatibility.CompatibilityLevel;
import uk.casehandover.registry.errors.RegistryException;

class CompatibilityConfigTest {

    private final CompatibilityConfig config = new CompatibilityConfig(new InMemoryConfigStore());

    @Test
    void defaultsToBackward() {
        assertThat(config.global()).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(config.effective("police-to-cps-value")).isEqualTo(CompatibilityLevel.BACKWARD);
    }

    @Test
    void aConfiguredDefaultAppliesUntilAGlobalLevelIsSetAndComesBackWhenItIsDeleted() {
        var configured = new CompatibilityConfig(new InMemoryConfigStore(), CompatibilityLevel.FULL_TRANSITIVE);
        assertThat(configured.effective("handover.police-to-cps-x")).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);

        configured.setGlobal(CompatibilityLevel.NONE);
        assertThat(configured.global()).isEqualTo(CompatibilityLevel.NONE);

        configured.resetGlobal();
        assertThat(configured.global()).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
    }

    @Test
    void aSubjectLevelWinsOverTheGlobalOne() {
        config.setGlobal(CompatibilityLevel.FULL);
        config.setSubject("police-to-cps-value", CompatibilityLevel.NONE);

        assertThat(config.effective("police-to-cps-value")).isEqualTo(CompatibilityLevel.NONE);
        assertThat(config.effective("cps-to-police-value")).isEqualTo(CompatibilityLevel.FULL);
    }

    @Test
    void aSubjectWithoutItsOwnLevelIs40408UnlessAskedToFallBack() {
        config.setGlobal(CompatibilityLevel.FORWARD);

        assertThatThrownBy(() -> config.ofSubject("police-to-cps-value", false))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40408));
        assertThat(config.ofSubject("police-to-cps-value", true)).isEqualTo(CompatibilityLevel.FORWARD);
    }

    @Test
    void resettingTheGlobalLevelAnswersTheOldOneAndRestoresBackward() {
        config.setGlobal(CompatibilityLevel.FULL_TRANSITIVE);

        assertThat(config.resetGlobal()).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
        assertThat(config.global()).isEqualTo(CompatibilityLevel.BACKWARD);
    }
}
