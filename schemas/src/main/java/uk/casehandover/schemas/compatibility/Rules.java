package uk.casehandover.schemas.compatibility;

import org.apache.avro.SchemaCompatibility.Incompatibility;
import uk.casehandover.schemas.compatibility.SchemaCompatibilityGate.Direction;

/** States, for each kind of Avro incompatibility, what changed and the rule it broke, in the contract's words. */
final class Rules {

    private Rules() {
    }

    static String explain(Incompatibility incompatibility, Direction direction, int releasedVersion) {
        String released = "released v" + releasedVersion;
        boolean backward = direction == Direction.BACKWARD;
        String oldType = backward ? incompatibility.getWriterFragment().toString()
                : incompatibility.getReaderFragment().toString();
        String newType = backward ? incompatibility.getReaderFragment().toString()
                : incompatibility.getWriterFragment().toString();
        return switch (incompatibility.getType()) {
            case READER_FIELD_MISSING_DEFAULT_VALUE -> backward
                    ? "was added without a default; rule: a new field must have a default (new readers must read"
                            + " " + released + " data)"
                    : "was removed but has no default in " + released + "; rule: only a field with a default may be"
                            + " removed (" + released + " readers must read new data)";
            case TYPE_MISMATCH -> "changed type from " + shorten(oldType) + " to " + shorten(newType)
                    + "; rule: a field's type may not change except by Avro promotion ("
                    + (backward ? "new readers must read " + released + " data)" : released
                            + " readers must read new data)");
            case MISSING_ENUM_SYMBOLS -> backward
                    ? "lost enum symbols " + incompatibility.getMessage() + " that " + released + " could write;"
                            + " rule: never remove an enum symbol"
                    : "gained enum symbols " + incompatibility.getMessage() + " but the enum in " + released
                            + " has no default symbol; rule: an enum that grows needs a default symbol";
            case MISSING_UNION_BRANCH -> "has a union branch (" + incompatibility.getMessage() + ") the "
                    + (backward ? "new" : released) + " reader cannot read; rule: never remove a union branch, and"
                    + " an enum that grows inside a union needs a default symbol";
            case NAME_MISMATCH -> "renamed a named type (" + incompatibility.getMessage() + "); rule: keep the name"
                    + " or add the old one as an alias";
            case FIXED_SIZE_MISMATCH -> "changed a fixed size (" + incompatibility.getMessage() + "); rule: a fixed"
                    + " type keeps its size";
            default -> incompatibility.getType() + ": " + incompatibility.getMessage();
        };
    }

    private static String shorten(String schemaJson) {
        return schemaJson.length() > 80 ? schemaJson.substring(0, 77) + "..." : schemaJson;
    }
}
