package uk.casehandover.schemas.compatibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CompatibilityPolicyTest {

    private static final String RECORD = "uk.casehandover.police.v1.CaseFileSubmitted";

    @Test
    void requiresFullTransitiveWhenNothingIsOverridden() {
        assertThat(CompatibilityPolicy.defaults().levelFor(RECORD, List.of("handover.police-to-cps")))
                .isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
    }

    @Test
    void refusesAnOverrideWithoutAReason() {
        Properties properties = new Properties();
        properties.setProperty("record." + RECORD, "BACKWARD");

        assertThatThrownBy(() -> CompatibilityPolicy.from(properties))
                .hasMessage("compatibility override 'record." + RECORD + "' must give its reason in 'record." + RECORD
                        + ".reason'");
    }

    @Test
    void refusesAnUnknownLevel() {
        Properties properties = overrides("topic.handover.police-to-cps", "SOMETIMES");

        assertThatThrownBy(() -> CompatibilityPolicy.from(properties))
                .hasMessageStartingWith("compatibility override 'topic.handover.police-to-cps' must be one of");
    }

    @Test
    void aRecordOverrideWinsOverATopicOverride() {
        Properties properties = overrides("record." + RECORD, "BACKWARD");
        properties.putAll(overrides("topic.handover.police-to-cps", "NONE"));

        assertThat(CompatibilityPolicy.from(properties).levelFor(RECORD, List.of("handover.police-to-cps")))
                .isEqualTo(CompatibilityLevel.BACKWARD);
    }

    @Test
    void aRecordOnSeveralTopicsKeepsEveryDirectionAnyOfThemAsksFor() {
        Properties properties = overrides("topic.a", "BACKWARD");
        properties.putAll(overrides("topic.b", "FORWARD_TRANSITIVE"));
        CompatibilityPolicy policy = CompatibilityPolicy.from(properties);

        assertThat(policy.levelFor("x.Y", List.of("a"))).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(policy.levelFor("x.Y", List.of("a", "b"))).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
        assertThat(policy.levelFor("x.Y", List.of("c"))).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
    }

    private static Properties overrides(String key, String level) {
        Properties properties = new Properties();
        properties.setProperty(key, level);
        properties.setProperty(key + ".reason", "synthetic reason for a test");
        return properties;
    }
}
