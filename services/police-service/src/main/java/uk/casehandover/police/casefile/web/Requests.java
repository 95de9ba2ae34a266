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
            String victimId, Boolean enhancedRightsVictim, PoliceContactBody policeContact) {
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
