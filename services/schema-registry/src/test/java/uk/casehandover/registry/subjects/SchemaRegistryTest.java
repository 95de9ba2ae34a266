package uk.casehandover.registry.subjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.casehandover.registry.fixtures.Schemas.aRecord;
import static uk.casehandover.registry.fixtures.Schemas.caseFileV1;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import uk.casehandover.registry.compatibility.CompatibilityChecker;
import uk.casehandover.registry.compatibility.CompatibilityLevel;
import uk.casehandover.registry.config.CompatibilityConfig;
import uk.casehandover.registry.config.InMemoryConfigStore;
import uk.casehandover.registry.errors.RegistryException;
import uk.casehandover.registry.schema.AvroSchemaParser;
import uk.casehandover.registry.schema.SchemaSubmission;

class SchemaRegistryTest {

    private static final String SUBJECT = "police-to-cps-value";
    private static final String OTHER_SUBJECT = "cps-to-police-value";

    private final CompatibilityConfig config = new CompatibilityConfig(new InMemoryConfigStore());
    private final SchemaRegistry registry = new SchemaRegistry(new InMemorySchemaStore(), config,
            new AvroSchemaParser(), new CompatibilityChecker());

    private final String v1 = caseFileV1();
    private final String v2 = aRecord("CaseFileSubmitted").withString("urn").withOptionalString("unit").json();

    @Test
    void registeringTheSameSchemaTwiceAnswersTheSameIdAndAddsNoVersion() {
        int first = register(SUBJECT, v1);

        int second = register(SUBJECT, v1);

        assertThat(second).isEqualTo(first);
        assertThat(registry.versions(SUBJECT, false)).containsExactly(1);
    }

    @Test
    void sharesOneIdBetweenSubjectsForTheSameSchemaWhateverItsSpacing() {
        int first = register(SUBJECT, v1);

        int second = register(OTHER_SUBJECT, v1.replace(",", " ,\n  "));

        assertThat(second).isEqualTo(first);
        assertThat(registry.subjectsUsing(first, false)).containsExactly(OTHER_SUBJECT, SUBJECT);
    }

    @Test
    void givesDifferentSchemasDifferentIdsAndCountsVersionsFromOne() {
        int first = register(SUBJECT, v1);

        int second = register(SUBJECT, v2);

        assertThat(second).isNotEqualTo(first);
        assertThat(registry.versions(SUBJECT, false)).containsExactly(1, 2);
        assertThat(registry.version(SUBJECT, "latest", false).id()).isEqualTo(second);
        assertThat(registry.version(SUBJECT, "-1", false).version()).isEqualTo(2);
    }

    @Test
    void refusesAnIncompatibleSchemaUnderTheDefaultBackwardLevel() {
        register(SUBJECT, v1);
        String withRequiredField = aRecord("CaseFileSubmitted").withString("urn").withString("unit").json();

        assertRefusedWith(409, () -> register(SUBJECT, withRequiredField));
        assertThat(registry.versions(SUBJECT, false)).containsExactly(1);
    }

    @Test
    void acceptsAnIncompatibleSchemaWhenTheSubjectLevelIsNone() {
        register(SUBJECT, v1);
        config.setSubject(SUBJECT, CompatibilityLevel.NONE);

        register(SUBJECT, aRecord("CaseFileSubmitted").withInt("urn").json());

        assertThat(registry.versions(SUBJECT, false)).containsExactly(1, 2);
    }

    @Test
    void looksUpTheVersionHoldingASchema() {
        register(SUBJECT, v1);
        int id = register(SUBJECT, v2);

        RegisteredSchema found = registry.lookup(SUBJECT, SchemaSubmission.avro(v2), false, false);

        assertThat(found.version()).isEqualTo(2);
        assertThat(found.id()).isEqualTo(id);
    }

    @Test
    void lookingUpAnUnregisteredSchemaIsSchemaNotFound() {
        register(SUBJECT, v1);

        assertRefusedWith(40403, () -> registry.lookup(SUBJECT, SchemaSubmission.avro(v2), false, false));
        assertRefusedWith(40401, () -> registry.lookup(OTHER_SUBJECT, SchemaSubmission.avro(v1), false, false));
    }

    @Test
    void softDeleteHidesTheSubjectButKeepsItsSchemaReadableById() {
        int id = register(SUBJECT, v1);

        assertThat(registry.deleteSubject(SUBJECT, false)).containsExactly(1);

        assertRefusedWith(40401, () -> registry.versions(SUBJECT, false));
        assertThat(registry.versions(SUBJECT, true)).containsExactly(1);
        assertThat(registry.subjects(null, false)).isEmpty();
        assertThat(registry.subjects(null, true)).containsExactly(SUBJECT);
        assertThat(registry.schemaById(id).schema()).contains("CaseFileSubmitted");
    }

    @Test
    void permanentDeleteIsRefusedUntilTheSubjectWasSoftDeleted() {
        int id = register(SUBJECT, v1);

        assertRefusedWith(40405, () -> registry.deleteSubject(SUBJECT, true));
        registry.deleteSubject(SUBJECT, false);
        assertRefusedWith(40404, () -> registry.deleteSubject(SUBJECT, false));
        assertThat(registry.deleteSubject(SUBJECT, true)).containsExactly(1);

        assertRefusedWith(40401, () -> registry.versions(SUBJECT, true));
        assertRefusedWith(40403, () -> registry.schemaById(id));
    }

    @Test
    void reRegisteringAfterSoftDeleteKeepsTheIdAndTakesTheNextVersion() {
        int id = register(SUBJECT, v1);
        registry.deleteSubject(SUBJECT, false);

        int again = register(SUBJECT, v1);

        assertThat(again).isEqualTo(id);
        assertThat(registry.versions(SUBJECT, false)).containsExactly(2);
        assertThat(registry.versions(SUBJECT, true)).containsExactly(1, 2);
    }

    @Test
    void reRegisteringAfterPermanentDeleteStartsAgainAtVersionOneWithTheSameId() {
        int id = register(SUBJECT, v1);
        registry.deleteSubject(SUBJECT, false);
        registry.deleteSubject(SUBJECT, true);

        int again = register(SUBJECT, v1);

        assertThat(again).isEqualTo(id);
        assertThat(registry.versions(SUBJECT, false)).containsExactly(1);
    }

    @Test
    void deletesOneVersionSoftThenPermanently() {
        register(SUBJECT, v1);
        register(SUBJECT, v2);

        assertRefusedWith(40407, () -> registry.deleteVersion(SUBJECT, "1", true));
        assertThat(registry.deleteVersion(SUBJECT, "1", false)).isEqualTo(1);
        assertRefusedWith(40406, () -> registry.deleteVersion(SUBJECT, "1", false));
        assertRefusedWith(40402, () -> registry.version(SUBJECT, "1", false));
        assertThat(registry.version(SUBJECT, "1", true).version()).isEqualTo(1);
        assertThat(registry.deleteVersion(SUBJECT, "1", true)).isEqualTo(1);

        assertRefusedWith(40402, () -> registry.version(SUBJECT, "1", true));
        assertThat(registry.versions(SUBJECT, true)).containsExactly(2);
    }

    @Test
    void softDeletingASubjectForgetsItsOwnCompatibilityLevel() {
        register(SUBJECT, v1);
        config.setSubject(SUBJECT, CompatibilityLevel.NONE);

        registry.deleteSubject(SUBJECT, false);

        assertThat(config.ofSubject(SUBJECT)).isEmpty();
    }

    @Test
    void checksCompatibilityWithoutRegistering() {
        register(SUBJECT, v1);
        String incompatible = aRecord("CaseFileSubmitted").withString("urn").withString("unit").json();

        assertThat(registry.checkCompatibility(SUBJECT, "latest", SchemaSubmission.avro(v2), false)).isEmpty();
        assertThat(registry.checkCompatibility(SUBJECT, null, SchemaSubmission.avro(incompatible), false))
                .anySatisfy(message -> assertThat(message).contains("READER_FIELD_MISSING_DEFAULT_VALUE"));
        assertThat(registry.checkCompatibility(OTHER_SUBJECT, "latest", SchemaSubmission.avro(v1), false)).isEmpty();
        assertRefusedWith(40402, () -> registry.checkCompatibility(SUBJECT, "7", SchemaSubmission.avro(v2), false));
        assertThat(registry.versions(SUBJECT, false)).containsExactly(1);
    }

    @Test
    void refusesBadVersionsAndSubjects() {
        register(SUBJECT, v1);

        assertRefusedWith(42202, () -> registry.version(SUBJECT, "0", false));
        assertRefusedWith(42202, () -> registry.version(SUBJECT, "first", false));
        assertRefusedWith(42208, () -> register("", v1));
        assertRefusedWith(42208, () -> register("a\u0000b", v1));
    }

    @Test
    void refusesANonAvroSchemaTypeAndReferences() {
        assertRefusedWith(42201, () -> registry.register(SUBJECT, new SchemaSubmission(v1, "PROTOBUF", 0), false));
        assertRefusedWith(42201, () -> registry.register(SUBJECT, new SchemaSubmission(v1, "AVRO", 1), false));
    }

    private int register(String subject, String schema) {
        return registry.register(subject, SchemaSubmission.avro(schema), false);
    }

    private static void assertRefusedWith(int errorCode, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RegistryException.class,
                e -> assertThat(e.errorCode()).as(e.getMessage()).isEqualTo(errorCode));
    }
}
