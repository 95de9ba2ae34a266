package uk.casehandover.schemas.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityGateTest {

    private static final String RECORD = "uk.casehandover.fixture.v1.FixtureSubmitted";

    private final SchemaCompatibilityGate gate = new SchemaCompatibilityGate();
    private final List<ReleasedVersion> releasedV1 = List.of(new ReleasedVersion(1, fixture("released-v1")));

    @Test
    void failsWhenAFieldWithoutDefaultIsRemoved() {
        List<CompatibilityViolation> violations = gate.check(fixture("removes-a-field-without-default"), releasedV1,
                CompatibilityLevel.FULL_TRANSITIVE);

        assertThat(violations).extracting(CompatibilityViolation::message).containsExactly(RECORD
                + " breaks FULL_TRANSITIVE against released v1: field 'summary' was removed but has no default in"
                + " released v1; rule: only a field with a default may be removed (released v1 readers must read new"
                + " data)");
    }

    @Test
    void failsWhenARequiredFieldIsAdded() {
        List<CompatibilityViolation> violations = gate.check(fixture("adds-a-required-field"), releasedV1,
                CompatibilityLevel.FULL_TRANSITIVE);

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.fieldPath()).isEqualTo("priority");
            assertThat(violation.message()).isEqualTo(RECORD + " breaks FULL_TRANSITIVE against released v1: field"
                    + " 'priority' was added without a default; rule: a new field must have a default (new readers"
                    + " must read released v1 data)");
        });
    }

    @Test
    void failsWhenATypeChangesNamingTheNestedFieldInBothDirections() {
        List<CompatibilityViolation> violations = gate.check(fixture("changes-a-type"), releasedV1,
                CompatibilityLevel.FULL_TRANSITIVE);

        assertThat(violations).hasSize(2).allSatisfy(violation -> {
            assertThat(violation.fieldPath()).isEqualTo("documents[].sizeBytes");
            assertThat(violation.rule()).startsWith("changed type from \"long\" to \"string\"; rule: a field's type"
                    + " may not change except by Avro promotion");
        });
    }

    @Test
    void failsWhenAnEnumWithoutDefaultGainsASymbol() {
        List<CompatibilityViolation> violations = gate.check(fixture("adds-an-enum-symbol-without-default"),
                releasedV1, CompatibilityLevel.FULL_TRANSITIVE);

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.fieldPath()).isEqualTo("documents[].kind");
            assertThat(violation.rule()).isEqualTo("gained enum symbols [FORENSIC_REPORT] but the enum in released v1"
                    + " has no default symbol; rule: an enum that grows needs a default symbol");
        });
    }

    @Test
    void passesWhenAnOptionalFieldWithDefaultIsAdded() {
        assertThat(gate.check(fixture("adds-an-optional-field"), releasedV1, CompatibilityLevel.FULL_TRANSITIVE))
                .isEmpty();
    }

    @Test
    void passesWhenAFieldWithDefaultIsRemoved() {
        assertThat(gate.check(fixture("removes-a-field-with-default"), releasedV1, CompatibilityLevel.FULL_TRANSITIVE))
                .isEmpty();
    }

    @Test
    void passesWhenAnEnumWithDefaultGainsASymbol() {
        assertThat(gate.check(fixture("adds-an-enum-symbol-with-default"), releasedV1,
                CompatibilityLevel.FULL_TRANSITIVE)).isEmpty();
    }

    @Test
    void aBackwardOnlyLevelAllowsRemovingARequiredField() {
        assertThat(gate.check(fixture("removes-a-field-without-default"), releasedV1, CompatibilityLevel.BACKWARD))
                .isEmpty();
        assertThat(gate.check(fixture("removes-a-field-without-default"), releasedV1, CompatibilityLevel.FORWARD))
                .hasSize(1);
    }

    @Test
    void transitiveLevelsCheckEveryReleasedVersionNotOnlyTheLatest() {
        Schema v1 = SchemaBuilder.record("Evolving").fields().requiredString("a").endRecord();
        Schema v2 = SchemaBuilder.record("Evolving").fields().requiredString("a")
                .name("b").type().intType().intDefault(0).endRecord();
        Schema current = SchemaBuilder.record("Evolving").fields().requiredString("a").requiredInt("b").endRecord();
        List<ReleasedVersion> released = List.of(new ReleasedVersion(1, v1), new ReleasedVersion(2, v2));

        assertThat(gate.check(current, released, CompatibilityLevel.BACKWARD)).isEmpty();
        assertThat(gate.check(current, released, CompatibilityLevel.BACKWARD_TRANSITIVE))
                .singleElement().satisfies(violation -> {
                    assertThat(violation.releasedVersion()).isEqualTo(1);
                    assertThat(violation.fieldPath()).isEqualTo("b");
                });
    }

    @Test
    void aSchemaNeverReleasedHasNothingToBreak() {
        assertThat(gate.check(fixture("adds-a-required-field"), List.of(), CompatibilityLevel.FULL_TRANSITIVE))
                .isEmpty();
    }

    static Schema fixture(String name) {
        try (InputStream in = SchemaCompatibilityGateTest.class.getResourceAsStream("/compatibility/" + name + ".avsc")) {
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
