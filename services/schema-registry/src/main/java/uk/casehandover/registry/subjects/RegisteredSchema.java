package uk.casehandover.registry.subjects;

/** A schema as registered under one subject and version. */
public record RegisteredSchema(String subject, int version, int id, String schemaType, String schema) {
}
