package uk.casehandover.schemas.compatibility;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * The build's compatibility gate: a current schema must stay readable in the directions its level requires against
 * the released versions it covers (the latest one, or all of them when transitive). Uses Avro's own
 * {@link SchemaCompatibility} in both directions: backward (the current schema reads released data) and forward (a
 * released schema reads current data).
 */
public final class SchemaCompatibilityGate {

    public List<CompatibilityViolation> check(Schema current, List<ReleasedVersion> released, CompatibilityLevel level) {
        List<ReleasedVersion> covered = level.transitive() || released.isEmpty()
                ? released
                : List.of(released.get(released.size() - 1));
        List<CompatibilityViolation> violations = new ArrayList<>();
        for (ReleasedVersion version : covered) {
            if (level.backward()) {
                violations.addAll(check(current, version, level, Direction.BACKWARD));
            }
            if (level.forward()) {
                violations.addAll(check(current, version, level, Direction.FORWARD));
            }
        }
        return violations;
    }

    private List<CompatibilityViolation> check(Schema current, ReleasedVersion released, CompatibilityLevel level,
            Direction direction) {
        Schema reader = direction == Direction.BACKWARD ? current : released.schema();
        Schema writer = direction == Direction.BACKWARD ? released.schema() : current;
        List<Incompatibility> incompatibilities = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                .getResult().getIncompatibilities();
        return incompatibilities.stream()
                .map(incompatibility -> new CompatibilityViolation(current.getFullName(), released.version(), level,
                        FieldPaths.fieldPath(reader, incompatibility.getLocation()),
                        Rules.explain(incompatibility, direction, released.version())))
                .toList();
    }

    /** Which schema reads: BACKWARD, the current one reads released data; FORWARD, the released one reads current data. */
    enum Direction {
        BACKWARD, FORWARD
    }
}
