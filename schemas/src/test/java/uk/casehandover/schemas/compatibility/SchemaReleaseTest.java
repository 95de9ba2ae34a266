package uk.casehandover.schemas.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casehandover.schemas.EventCatalogue;
import uk.casehandover.schemas.EventType;

class SchemaReleaseTest {

    @TempDir
    Path module;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void releasesEveryNeverReleasedSchemaAsVersionOneThenHasNothingLeftToRelease() {
        int first = SchemaRelease.run(module, false, out);
        int second = SchemaRelease.run(module, false, out);

        ReleasedSchemas released = new ReleasedSchemas(module.resolve("released"));
        assertThat(first).isZero();
        assertThat(second).isZero();
        for (EventType type : EventCatalogue.everyPublished()) {
            assertThat(released.versions(type.fullName())).singleElement()
                    .satisfies(version -> assertThat(version.version()).isEqualTo(1));
        }
        assertThat(output.toString(StandardCharsets.UTF_8)).endsWith("Nothing to release: every current schema is"
                + " already released." + System.lineSeparator());
    }

    @Test
    void aDryRunWritesNothing() {
        int exit = SchemaRelease.run(module, true, out);

        assertThat(exit).isZero();
        assertThat(Files.exists(module.resolve("released"))).isFalse();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("would release uk.casehandover.police.v1.CaseFileSubmitted");
    }

    @Test
    void releasesAChangedSchemaAsTheNextVersion() {
        ReleasedSchemas released = new ReleasedSchemas(module.resolve("released"));
        EventType accepted = EventCatalogue.byFullName("uk.casehandover.cps.v1.CaseFileAccepted").orElseThrow();
        Schema olderWithoutADoc = new Schema.Parser().parse(accepted.schema().toString().replace(
                "\"doc\":\"CPS triage accepted a case file as complete; the 28-day decision clock starts.\",", ""));
        released.release(olderWithoutADoc);

        int exit = SchemaRelease.run(module, false, out);

        assertThat(exit).isZero();
        assertThat(released.versions(accepted.fullName())).extracting(ReleasedVersion::version).containsExactly(1, 2);
        assertThat(released.latest(accepted.fullName()).orElseThrow().schema().toString())
                .isEqualTo(accepted.schema().toString());
    }

    @Test
    void refusesToReleaseWhenTheGateFails() {
        ReleasedSchemas released = new ReleasedSchemas(module.resolve("released"));
        Schema incompatible = SchemaBuilder.record("CaseReopened").namespace("uk.casehandover.cps.v1").fields()
                .requiredString("somethingOnlyTheOldVersionHad").endRecord();
        released.release(incompatible);

        int exit = SchemaRelease.run(module, false, out);

        assertThat(exit).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8))
                .startsWith("Refusing to release: the compatibility gate fails.")
                .contains("uk.casehandover.cps.v1.CaseReopened breaks FULL_TRANSITIVE against released v1: field"
                        + " 'somethingOnlyTheOldVersionHad' was removed but has no default in released v1");
        assertThat(released.recordNames()).containsExactly("uk.casehandover.cps.v1.CaseReopened");
    }

    @Test
    void refusesWhenAReleasedEventTypeLeftTheCatalogue() {
        new ReleasedSchemas(module.resolve("released")).release(
                SchemaBuilder.record("CaseWithdrawn").namespace("uk.casehandover.cps.v1").fields().endRecord());

        int exit = SchemaRelease.run(module, false, out);

        assertThat(exit).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("uk.casehandover.cps.v1.CaseWithdrawn was"
                + " released but is no longer in the topic catalogue");
    }
}
