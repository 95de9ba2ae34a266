package uk.casehandover.registry.subjects;

/** A schema under its global id, as stored. */
public record StoredSchema(int id, String schemaType, String schema) {
}
