package uk.casehandover.schemas.compatibility;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import uk.casehandover.schemas.EventType;

/**
 * The release tool: copies every current event schema that differs from its latest released version into
 * released/&lt;record full name&gt;/v&lt;next&gt;.avsc, but only when the whole catalogue passes the compatibility
 * gate. With {@code --dry-run} it only lists what it would release.
 *
 * <p>Run from the repository root: {@code mvn -B -pl schemas -Prelease-schemas verify}, or with the module's classpath
 * {@code java -cp ... uk.casehandover.schemas.compatibility.SchemaRelease schemas [--dry-run]} (see schemas/README.md).
 */
public final class SchemaRelease {

    private SchemaRelease() {
    }

    public static void main(String[] args) {
        Path moduleDirectory = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "schemas");
        boolean dryRun = List.of(args).contains("--dry-run") || List.of(args).contains("dry-run");
        System.exit(run(moduleDirectory, dryRun, System.out));
    }

    static int run(Path moduleDirectory, boolean dryRun, PrintStream out) {
        ReleasedSchemas released = new ReleasedSchemas(moduleDirectory.resolve("released"));
        CatalogueCompatibility compatibility = new CatalogueCompatibility(released,
                CompatibilityPolicy.load(moduleDirectory.resolve("compatibility.properties")));
        List<String> problems = compatibility.problems();
        if (!problems.isEmpty()) {
            out.println("Refusing to release: the compatibility gate fails.");
            problems.forEach(problem -> out.println("  " + problem));
            return 1;
        }
        List<EventType> changed = compatibility.unreleased();
        if (changed.isEmpty()) {
            out.println("Nothing to release: every current schema is already released.");
            return 0;
        }
        for (EventType type : changed) {
            if (dryRun) {
                out.println("would release " + type.fullName());
            } else {
                ReleasedVersion version = released.release(type.schema());
                out.println("released " + type.fullName() + " as v" + version.version());
            }
        }
        return 0;
    }
}
