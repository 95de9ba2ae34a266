package uk.casehandover.platform.serde;

/** A schema as registered under a subject: its global id, its version in that subject and its text. */
public record RegisteredSchema(String subject, int id, int version, String schema) {
}
