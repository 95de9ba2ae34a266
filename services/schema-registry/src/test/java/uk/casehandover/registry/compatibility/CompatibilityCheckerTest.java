package uk.casehandover.registry.compatibility;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casehandover.registry.fixtures.Schemas.aRecord;

import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.casehandover.registry.compatibility.CompatibilityChecker.Earlier;

class CompatibilityCheckerTest {

    private final CompatibilityChecker checker = new CompatibilityChecker();

    private static final Schema URN_ONLY = parse(aRecord("CaseFile").withString("urn").json());
    private static final Schema WITH_REQUIRED_UNIT = parse(aRecord("CaseFile").withString("urn").withString("unit").json());
    private static final Schema WITH_OPTIONAL_UNIT =
            parse(aRecord("CaseFile").withString("urn").withOptionalString("unit").json());
    private static final Schema URN_AS_INT = parse(aRecord("CaseFile").withInt("urn").json());

    /** Adding a required field: old data lacks it (not backward); old readers ignore it (forward). */
    @ParameterizedTest(name = "{0}: compatible={1}")
    @CsvSource({
        "NONE, true", "BACKWARD, false", "BACKWARD_TRANSITIVE, false", "FORWARD, true",
        "FORWARD_TRANSITIVE, true", "FULL, false", "FULL_TRANSITIVE, false"})
    void judgesAnAddedRequiredFieldByTheLevel(CompatibilityLevel level, boolean compatible) {
        List<String> problems = checker.check(WITH_REQUIRED_UNIT, List.of(new Earlier(1, URN_ONLY)), level);

        assertThat(problems.isEmpty()).as(String.join("\n", problems)).isEqualTo(compatible);
    }

    /** Removing a field with no default: new readers ignore it (backward); old readers miss it (not forward). */
    @ParameterizedTest(name = "{0}: compatible={1}")
    @CsvSource({
        "NONE, true", "BACKWARD, true", "BACKWARD_TRANSITIVE, true", "FORWARD, false",
        "FORWARD_TRANSITIVE, false", "FULL, false", "FULL_TRANSITIVE, false"})
    void judgesARemovedRequiredFieldByTheLevel(CompatibilityLevel level, boolean compatible) {
        List<String> problems = checker.check(URN_ONLY, List.of(new Earlier(1, WITH_REQUIRED_UNIT)), level);

        assertThat(problems.isEmpty()).as(String.join("\n", problems)).isEqualTo(compatible);
    }

    @Test
    void acceptsAnAddedOptionalFieldEvenUnderFullTransitive() {
        assertThat(checker.check(WITH_OPTIONAL_UNIT, List.of(new Earlier(1, URN_ONLY)),
                CompatibilityLevel.FULL_TRANSITIVE)).isEmpty();
    }

    @Test
    void nonTransitiveLevelsLookOnlyAtTheLatestVersion() {
        List<Earlier> newestFirst = List.of(new Earlier(2, URN_ONLY), new Earlier(1, URN_AS_INT));

        assertThat(checker.check(URN_ONLY, newestFirst, CompatibilityLevel.BACKWARD)).isEmpty();
        assertThat(checker.check(URN_ONLY, newestFirst, CompatibilityLevel.FORWARD)).isEmpty();
    }

    @Test
    void transitiveLevelsLookAtEveryVersionAndNameTheOneThatFails() {
        List<Earlier> newestFirst = List.of(new Earlier(2, URN_ONLY), new Earlier(1, URN_AS_INT));

        List<String> backward = checker.check(URN_ONLY, newestFirst, CompatibilityLevel.BACKWARD_TRANSITIVE);
        List<String> forward = checker.check(URN_ONLY, newestFirst, CompatibilityLevel.FORWARD_TRANSITIVE);

        assertThat(backward).contains("{oldSchemaVersion: 1}", "{compatibility: 'BACKWARD_TRANSITIVE'}")
                .doesNotContain("{oldSchemaVersion: 2}");
        assertThat(forward).contains("{oldSchemaVersion: 1}", "{compatibility: 'FORWARD_TRANSITIVE'}");
    }

    @Test
    void namesTheRuleAndThePathOfEachIncompatibility() {
        List<String> problems = checker.check(WITH_REQUIRED_UNIT, List.of(new Earlier(3, URN_ONLY)),
                CompatibilityLevel.BACKWARD);

        assertThat(problems).first().asString()
                .contains("READER_FIELD_MISSING_DEFAULT_VALUE", "/fields/1", "'unit' has no default value",
                        "reading data written with version 3");
    }

    @Test
    void acceptsAnythingAsTheFirstVersion() {
        assertThat(checker.check(URN_AS_INT, List.of(), CompatibilityLevel.FULL_TRANSITIVE)).isEmpty();
    }

    private static Schema parse(String json) {
        return new Schema.Parser().parse(json);
    }
}
