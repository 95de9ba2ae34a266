package uk.casehandover.schemas.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.casehandover.schemas.EventCatalogue;
import uk.casehandover.schemas.EventType;

/** The build's gate over the real contract: fails `mvn test` when a change would break a released schema. */
class ReleasedSchemasCompatibilityTest {

    private final ReleasedSchemas released = new ReleasedSchemas(Path.of("released"));
    private final CatalogueCompatibility compatibility =
            new CatalogueCompatibility(released, CompatibilityPolicy.load(Path.of("compatibility.properties")));

    @Test
    void everyCurrentSchemaKeepsItsCompatibilityLevelAgainstEveryReleasedVersion() {
        List<String> problems = compatibility.problems();

        assertThat(problems).withFailMessage(() -> "Schema compatibility gate failed:\n  "
                + String.join("\n  ", problems)).isEmpty();
    }

    @Test
    void everyEventTypeInTheCatalogueHasBeenReleased() {
        List<String> neverReleased = EventCatalogue.everyPublished().stream().map(EventType::fullName)
                .filter(name -> released.versions(name).isEmpty()).toList();

        assertThat(neverReleased).withFailMessage(() -> "Never released (run the release tool, see schemas/README.md): "
                + neverReleased).isEmpty();
    }
}
