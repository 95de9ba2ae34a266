package uk.casehandover.police.casefile.web;

import java.util.List;

/**
 * The JSON bodies officers send. Everything arrives as text (or a JSON boolean/number) and is checked field by field
 * by {@link RequestValidator}, so a 400 names every bad field at once rather than the first one Jackson trips on.
 */
final class Requests {

    private Requests() {
    }

    record OpenCase(String urn, String forceCode, List<OffenceBody> offences, List<SuspectBody> suspects,
            String victimId, Boolean enhancedRightsVictim, PoliceContactBody policeContact,
            VictimDetailsBody victimDetails) {
    }

    /** The victim's personal details, all optional; encrypted under the victim's key before anything is stored. */
    record VictimDetailsBody(NameBody name, String dateOfBirth, VictimContactBody contact,
            CommunicationPreferencesBody communicationPreferences) {
        @Override
        public String toString() {
            return "VictimDetailsBody[redacted]";
        }
    }

    record NameBody(String given, String family) {
        @Override
        public String toString() {
            return "NameBody[redacted]";
        }
    }

    record VictimContactBody(String telephone, String email, String postalAddress) {
        @Override
        public String toString() {
            return "VictimContactBody[redacted]";
        }
    }

    record CommunicationPreferencesBody(String preferredMethod, String language, Boolean interpreterRequired,
            Boolean safeToLeaveMessage, String safeContactTimes) {
        @Override
        public String toString() {
            return "CommunicationPreferencesBody[redacted]";
        }
    }

    record EraseVictimData(String reason) {
    }

    record OffenceBody(String cjsOffenceCode, String description, String committedFrom, String committedTo) {
    }

    record SuspectBody(String pncId) {
    }

    record PoliceContactBody(String team, String telephone, String email) {
    }

    record GiveConsent(String isvaServiceId, List<String> scopes) {
    }

    record WithdrawConsent(List<String> scopes) {
    }

    record RequestEarlyAdvice(String summary, List<String> linesOfEnquiry, String suspectAccountSummary,
            List<String> questionsForProsecutor) {
    }

    record SubmitCaseFile(String mg3Summary, String caseSummary, List<DocumentBody> evidenceManifest,
            List<String> disclosureSchedules, String testRequested, String custodyExpiresAt, String bailExpiresAt,
            Boolean suspectInCustody, Boolean vulnerableVictim) {
    }

    record DocumentBody(String documentId, String title, String documentType, String sha256, Long sizeBytes) {
    }

    record AnswerActionPlan(List<ItemResponseBody> responses) {
    }

    record ItemResponseBody(String itemId, String status, String response, List<DocumentBody> additionalDocuments) {
    }

    record RecordVictimTold(String toldAt, String method) {
    }

    record RecordBailChange(String custodyExpiresAt, String bailExpiresAt, List<String> safetyBailConditions) {
    }
}
