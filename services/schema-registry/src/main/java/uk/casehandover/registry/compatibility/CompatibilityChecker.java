package uk.casehandover.registry.compatibility;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * Decides whether a new schema may follow earlier ones, using Avro's own {@link SchemaCompatibility}.
 *
 * <p>Rule: under a non-transitive level the new schema is checked against the latest earlier version only; under a
 * transitive level against every earlier version. The answer lists each incompatibility with its rule, the path of
 * the offending element, which schema reads and which writes, and the earlier version involved; an empty answer
 * means compatible.
 */
public final class CompatibilityChecker {

    /** An earlier schema of the subject, with its version number. */
    public record Earlier(int version, Schema schema) {
    }

    /**
     * @param earlierNewestFirst the subject's live versions, newest first
     */
    public List<String> check(Schema candidate, List<Earlier> earlierNewestFirst, CompatibilityLevel level) {
        List<String> messages = new ArrayList<>();
        if (level == CompatibilityLevel.NONE || earlierNewestFirst.isEmpty()) {
            return messages;
        }
        List<Earlier> against = level.transitive() ? earlierNewestFirst : earlierNewestFirst.subList(0, 1);
        for (Earlier earlier : against) {
            List<String> found = new ArrayList<>();
            if (level.backward()) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(candidate, earlier.schema()),
                        "the new schema (reader) reading data written with version " + earlier.version(), found);
            }
            if (level.forward()) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(earlier.schema(), candidate),
                        "version " + earlier.version() + " (reader) reading data written with the new schema", found);
            }
            if (!found.isEmpty()) {
                messages.addAll(found);
                messages.add("{oldSchemaVersion: " + earlier.version() + "}");
            }
        }
        if (!messages.isEmpty()) {
            messages.add("{compatibility: '" + level.name() + "'}");
        }
        return messages;
    }

    private static void describe(SchemaCompatibility.SchemaPairCompatibility result, String direction,
            List<String> into) {
        for (Incompatibility incompatibility : result.getResult().getIncompatibilities()) {
            into.add("{errorType:'" + incompatibility.getType() + "', description:'At path '"
                    + incompatibility.getLocation() + "', " + direction + ": " + rule(incompatibility)
                    + "', additionalInfo:'" + incompatibility.getMessage() + "'}");
        }
    }

    private static String rule(Incompatibility incompatibility) {
        return switch (incompatibility.getType()) {
            case READER_FIELD_MISSING_DEFAULT_VALUE ->
                    "the reader's field '" + incompatibility.getMessage()
                            + "' has no default value and is missing from the writer";
            case TYPE_MISMATCH -> "the reader's type does not match the writer's";
            case NAME_MISMATCH -> "the named types have different names";
            case FIXED_SIZE_MISMATCH -> "the fixed types have different sizes";
            case MISSING_ENUM_SYMBOLS -> "the reader's enum lacks symbols the writer uses";
            case MISSING_UNION_BRANCH -> "the reader's union lacks a branch the writer uses";
            default -> incompatibility.getType().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
