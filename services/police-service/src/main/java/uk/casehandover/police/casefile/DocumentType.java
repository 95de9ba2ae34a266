package uk.casehandover.police.casefile;

/** The kind of a document in the evidence manifest. */
public enum DocumentType {
    WITNESS_STATEMENT, VICTIM_ACHIEVING_BEST_EVIDENCE_INTERVIEW, SUSPECT_INTERVIEW_RECORD, EXHIBIT, FORENSIC_REPORT, MEDICAL_REPORT, DIGITAL_EXTRACTION_REPORT, OFFICER_REPORT, OTHER
}
