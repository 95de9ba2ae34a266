package uk.casehandover.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import uk.casehandover.platform.serde.testing.v1.SampleHandover;

class SubjectNameStrategiesTest {

    private static final Schema SCHEMA = SampleHandover.SCHEMA$;
    private static final String FULL_NAME = "uk.casehandover.platform.serde.testing.v1.SampleHandover";

    @Test
    void defaultsToTopicRecordNameForValuesAndKeys() {
        assertThat(SubjectNameStrategies.fromConfig(Map.of(), false).subjectName("police.to.cps", false, SCHEMA))
                .isEqualTo("police.to.cps-" + FULL_NAME);
        assertThat(SubjectNameStrategies.fromConfig(Map.of(), true).subjectName("police.to.cps", true, SCHEMA))
                .isEqualTo("police.to.cps-" + FULL_NAME);
    }

    @Test
    void namesTopicSubjectsWithTheirKeyOrValueSuffix() {
        TopicNameStrategy strategy = new TopicNameStrategy();
        assertThat(strategy.subjectName("cps.to.police", false, SCHEMA)).isEqualTo("cps.to.police-value");
        assertThat(strategy.subjectName("cps.to.police", true, SCHEMA)).isEqualTo("cps.to.police-key");
    }

    @Test
    void namesRecordSubjectsAfterTheRecordAlone() {
        assertThat(new RecordNameStrategy().subjectName("any", false, SCHEMA)).isEqualTo(FULL_NAME);
    }

    @Test
    void acceptsShortNamesOurClassNamesConfluentClassNamesAndClasses() {
        assertThat(SubjectNameStrategies.resolve("k", "TopicNameStrategy")).isInstanceOf(TopicNameStrategy.class);
        assertThat(SubjectNameStrategies.resolve("k", RecordNameStrategy.class.getName()))
                .isInstanceOf(RecordNameStrategy.class);
        assertThat(SubjectNameStrategies.resolve("k", "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy"))
                .isInstanceOf(TopicRecordNameStrategy.class);
        assertThat(SubjectNameStrategies.resolve("k", TopicNameStrategy.class)).isInstanceOf(TopicNameStrategy.class);
    }

    @Test
    void readsTheKeyStrategyFromTheKeySetting() {
        Map<String, String> configs = Map.of(
                SubjectNameStrategies.KEY_STRATEGY, "TopicNameStrategy",
                SubjectNameStrategies.VALUE_STRATEGY, "RecordNameStrategy");
        assertThat(SubjectNameStrategies.fromConfig(configs, true)).isInstanceOf(TopicNameStrategy.class);
        assertThat(SubjectNameStrategies.fromConfig(configs, false)).isInstanceOf(RecordNameStrategy.class);
    }

    @Test
    void rejectsAnUnknownStrategyNamingTheSettingAndTheChoices() {
        assertThatThrownBy(() -> SubjectNameStrategies.fromConfig(
                Map.of(SubjectNameStrategies.VALUE_STRATEGY, "EventTypeStrategy"), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("value.subject.name.strategy")
                .hasMessageContaining("EventTypeStrategy")
                .hasMessageContaining("TopicRecordNameStrategy");
    }

    @Test
    void rejectsAClassThatIsNotAStrategy() {
        assertThatThrownBy(() -> SubjectNameStrategies.resolve("value.subject.name.strategy", "java.lang.String"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("must implement " + SubjectNameStrategy.class.getName());
    }

    @Test
    void refusesARecordNameForANonRecordSchema() {
        assertThatThrownBy(() -> new TopicRecordNameStrategy().subjectName("t", false, Schema.create(Schema.Type.STRING)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("needs an Avro record; got a STRING schema");
    }
}
