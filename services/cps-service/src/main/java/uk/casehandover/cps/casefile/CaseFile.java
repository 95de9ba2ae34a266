package uk.casehandover.cps.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.casehandover.cps.casefile.Vocabulary.RejectionReason;
import uk.casehandover.cps.casefile.Vocabulary.TestType;

/**
 * What CPS keeps of a submitted case file: enough to triage, prioritise and decide. The MG3 and case summary text is
 * not kept here (only whether an MG3 was present); documents travel out of band, only their count and hash check.
 */
public record CaseFile(UUID eventId, int submissionNumber, Instant receivedAt, boolean hasMg3, int documents,
        boolean manifestHashesVerified, int disclosureSchedules, List<String> suspectPncIds,
        List<String> offenceCodes, TestType testRequested, boolean suspectInCustody, Instant custodyExpiresAt,
        Instant bailExpiresAt, boolean vulnerableVictim, boolean enhancedRightsVictim) {

    public CaseFile {
        suspectPncIds = List.copyOf(suspectPncIds);
        offenceCodes = List.copyOf(offenceCodes);
    }

    /**
     * The file standard: a file without an MG3, an evidence manifest, a disclosure schedule, a suspect or an offence,
     * or whose manifest hashes could not be verified, cannot be accepted; these are the reasons it must be rejected.
     */
    public List<RejectionReason> fileStandardFailures() {
        List<RejectionReason> failures = new ArrayList<>();
        if (!hasMg3) {
            failures.add(RejectionReason.NO_MG3);
        }
        if (documents == 0) {
            failures.add(RejectionReason.NO_EVIDENCE_MANIFEST);
        } else if (!manifestHashesVerified) {
            failures.add(RejectionReason.EVIDENCE_HASH_MISMATCH);
        }
        if (disclosureSchedules == 0) {
            failures.add(RejectionReason.NO_DISCLOSURE_SCHEDULE);
        }
        if (suspectPncIds.isEmpty()) {
            failures.add(RejectionReason.SUSPECT_DETAILS_INCOMPLETE);
        }
        if (offenceCodes.isEmpty()) {
            failures.add(RejectionReason.OFFENCE_DETAILS_INCOMPLETE);
        }
        return failures;
    }
}
