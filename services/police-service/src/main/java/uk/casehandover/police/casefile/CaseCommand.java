package uk.casehandover.police.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import uk.casehandover.victimdata.SealedVictimData;

/** What an officer asks of a case. Commands arrive already well formed (the web adapter validates every field). */
public sealed interface CaseCommand {

    /** {@code victimData}: the victim's personal details, already encrypted (null when none were given). */
    record OpenCase(String urn, List<Offence> offences, List<String> suspectPncIds, String victimId,
            boolean enhancedRightsVictim, PoliceContact policeContact, SealedVictimData victimData)
            implements CaseCommand {

        public OpenCase withVictimData(SealedVictimData sealed) {
            return new OpenCase(urn, offences, suspectPncIds, victimId, enhancedRightsVictim, policeContact, sealed);
        }
    }

    record GiveConsent(String isvaServiceId, Set<SharingScope> scopes) implements CaseCommand {
    }

    /** Withdraws the given scopes; all of them when {@code scopes} is empty. */
    record WithdrawConsent(Set<SharingScope> scopes) implements CaseCommand {
    }

    record RequestEarlyAdvice(String summary, List<String> linesOfEnquiry, String suspectAccountSummary,
            List<String> questionsForProsecutor) implements CaseCommand {
    }

    record SubmitCaseFile(String mg3Summary, String caseSummary, List<EvidenceDocument> evidenceManifest,
            List<DisclosureSchedule> disclosureSchedules, TestType testRequested, Instant custodyExpiresAt,
            Instant bailExpiresAt, boolean suspectInCustody, boolean vulnerableVictim) implements CaseCommand {
    }

    record AnswerActionPlan(int planSequenceNumber, List<ItemResponse> responses) implements CaseCommand {
    }

    record ItemResponse(String itemId, ActionItemStatus status, String response, List<EvidenceDocument> additionalDocuments) {
    }

    record RecordVictimTold(Instant toldAt, ContactMethod method) implements CaseCommand {
    }

    record RecordBailChange(Instant custodyExpiresAt, Instant bailExpiresAt, List<String> safetyBailConditions)
            implements CaseCommand {
    }
}
