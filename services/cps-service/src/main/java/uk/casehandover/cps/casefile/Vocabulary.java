package uk.casehandover.cps.casefile;

/** The closed vocabularies a lawyer chooses from; they mirror the contract's enums without depending on Avro. */
public final class Vocabulary {

    private Vocabulary() {
    }

    /** Why triage rejected a file. */
    public enum RejectionReason {
        NO_MG3, NO_EVIDENCE_MANIFEST, NO_DISCLOSURE_SCHEDULE, EVIDENCE_HASH_MISMATCH, KEY_EVIDENCE_MISSING,
        WRONG_TEST_REQUESTED, SUSPECT_DETAILS_INCOMPLETE, OFFENCE_DETAILS_INCOMPLETE, OTHER
    }

    public enum ChargingOutcome { CHARGE, NFA_EVIDENTIAL, NFA_PUBLIC_INTEREST, OUT_OF_COURT_DISPOSAL }

    public enum TestType { FULL_CODE_TEST, THRESHOLD_TEST }

    public enum ActionOwner { OFFICER_IN_CASE, DISCLOSURE_OFFICER, DIGITAL_FORENSICS_UNIT, PROSECUTOR }

    public enum ActorRole { PROSECUTOR, DISTRICT_CROWN_PROSECUTOR, CPS_CASEWORKER, SYSTEM }
}
