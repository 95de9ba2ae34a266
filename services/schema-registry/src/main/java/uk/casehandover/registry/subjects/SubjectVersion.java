package uk.casehandover.registry.subjects;

/** One version of a subject: which schema it is, and whether it was soft-deleted. */
public record SubjectVersion(String subject, int version, int schemaId, boolean deleted) {
}
