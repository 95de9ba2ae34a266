package uk.casehandover.police.casefile;

/** A document in the evidence manifest: the content stays with the police, CPS receives its SHA-256 and size. */
public record EvidenceDocument(String documentId, String title, DocumentType type, String sha256, long sizeBytes) {
}
