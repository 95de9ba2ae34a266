package uk.casehandover.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;

/** The client against the real registry service (PostgreSQL-backed), over real HTTP. */
@RealPlatformTest
class HttpSchemaRegistryClientIT {

    private static final Schema V1 = SchemaBuilder.record("VictimUpdateSample").namespace("uk.casehandover.isva.v1")
            .fields().requiredString("eventId").requiredString("milestone").endRecord();
    private static final Schema V2_WITH_DEFAULT = SchemaBuilder.record("VictimUpdateSample")
            .namespace("uk.casehandover.isva.v1").fields().requiredString("eventId").requiredString("milestone")
            .name("nextStep").type().stringType().stringDefault("none yet").endRecord();
    private static final Schema V2_WITHOUT_DEFAULT = SchemaBuilder.record("VictimUpdateSample")
            .namespace("uk.casehandover.isva.v1").fields().requiredString("eventId").requiredString("milestone")
            .requiredString("contact").endRecord();

    private final HttpSchemaRegistryClient client;
    private String subject;

    HttpSchemaRegistryClientIT(RealPlatform platform) {
        this.client = HttpSchemaRegistryClient.of(platform.schemaRegistryUrl());
    }

    @BeforeEach
    void aFreshSubject() {
        subject = "cps.to.isva-" + UUID.randomUUID() + "-uk.casehandover.isva.v1.VictimUpdateSample";
    }

    @Test
    void registersLooksUpAndReadsBackASchema() {
        // when
        int id = client.register(subject, V1);

        // then
        assertThat(client.register(subject, V1)).isEqualTo(id);
        assertThat(client.lookup(subject, V1)).isEqualTo(new RegisteredSchema(subject, id, 1, client.schemaById(id)));
        assertThat(new Schema.Parser().parse(client.schemaById(id))).isEqualTo(V1);
        assertThat(client.latest(subject).id()).isEqualTo(id);
        assertThat(client.version(subject, 1).id()).isEqualTo(id);
        assertThat(client.subjects()).contains(subject);
    }

    @Test
    void addsAVersionForACompatibleChange() {
        // given
        int first = client.register(subject, V1);

        // when
        int second = client.register(subject, V2_WITH_DEFAULT);

        // then
        assertThat(second).isNotEqualTo(first);
        assertThat(client.versions(subject)).containsExactly(1, 2);
        assertThat(client.latest(subject)).extracting(RegisteredSchema::version, RegisteredSchema::id)
                .containsExactly(2, second);
    }

    @Test
    void judgesCompatibilityAndSaysWhyNot() {
        // given
        client.register(subject, V1);

        // when
        CompatibilityResult compatible = client.testCompatibility(subject, V2_WITH_DEFAULT);
        CompatibilityResult incompatible = client.testCompatibility(subject, V2_WITHOUT_DEFAULT.toString(), 1);

        // then
        assertThat(compatible.isCompatible()).isTrue();
        assertThat(incompatible.isCompatible()).isFalse();
        assertThat(incompatible.messages()).isNotEmpty().anySatisfy(message -> assertThat(message).contains("contact"));
    }

    @Test
    void refusesToRegisterAnIncompatibleSchemaWith409() {
        // given
        client.register(subject, V1);

        // then
        assertThatThrownBy(() -> client.register(subject, V2_WITHOUT_DEFAULT))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INCOMPATIBLE_SCHEMA);
                });
    }

    @Test
    void setsAndReadsASubjectsCompatibility() {
        // given
        client.register(subject, V1);

        // when
        String set = client.updateCompatibility(subject, "NONE");

        // then
        assertThat(set).isEqualTo("NONE");
        assertThat(client.compatibility(subject)).isEqualTo("NONE");
        assertThat(client.register(subject, V2_WITHOUT_DEFAULT)).isPositive();
        assertThat(client.compatibility()).isNotBlank();
    }

    @Test
    void rejectsAnInvalidCompatibilityLevelWith42203() {
        assertThatThrownBy(() -> client.updateCompatibility(subject, "SIDEWAYS"))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL);
                });
    }

    @Test
    void rejectsAnInvalidSchemaWith42201() {
        assertThatThrownBy(() -> client.register(subject, "{\"type\":\"record\",\"name\":\"NoFields\"}"))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INVALID_SCHEMA);
                });
    }

    @Test
    void reportsAnUnknownSubjectVersionAndSchemaByTheirCodes() {
        assertThatThrownBy(() -> client.latest(subject)).isInstanceOfSatisfying(SchemaRegistryException.class,
                e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SUBJECT_NOT_FOUND));
        client.register(subject, V1);
        assertThatThrownBy(() -> client.version(subject, 9)).isInstanceOfSatisfying(SchemaRegistryException.class,
                e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.VERSION_NOT_FOUND));
        assertThatThrownBy(() -> client.schemaById(Integer.MAX_VALUE)).isInstanceOfSatisfying(
                SchemaRegistryException.class,
                e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SCHEMA_NOT_FOUND));
    }

    @Test
    void readsTheMode() {
        assertThat(client.mode()).isEqualTo("READWRITE");
    }

    @Test
    void deletesAVersionThenTheSubjectSoftlyThenPermanently() {
        // given
        client.register(subject, V1);
        client.register(subject, V2_WITH_DEFAULT);

        // when
        int deletedVersion = client.deleteVersion(subject, 2, false);
        java.util.List<Integer> soft = client.deleteSubject(subject, false);
        java.util.List<Integer> permanent = client.deleteSubject(subject, true);

        // then
        assertThat(deletedVersion).isEqualTo(2);
        assertThat(soft).containsExactly(1);
        assertThat(permanent).contains(1);
        assertThat(client.subjects()).doesNotContain(subject);
    }
}
