package uk.casehandover.schemas.compatibility;

/**
 * A current schema breaks its compatibility level against one released version: which record, which version, which
 * field (a path such as {@code evidenceManifest[].sha256}) and which rule.
 */
public record CompatibilityViolation(String record, int releasedVersion, CompatibilityLevel level, String fieldPath,
        String rule) {

    public String message() {
        return record + " breaks " + level + " against released v" + releasedVersion + ": field '" + fieldPath
                + "' " + rule;
    }

    @Override
    public String toString() {
        return message();
    }
}
