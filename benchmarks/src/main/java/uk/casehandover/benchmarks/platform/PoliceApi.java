package uk.casehandover.benchmarks.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The police service's REST API as an officer uses it: open a case, submit its case file. Synthetic content only,
 * the same shape as the README's walkthrough (one offence, one suspect, one document, one disclosure schedule).
 */
final class PoliceApi {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String baseUrl;
    private final Authentication authentication;

    PoliceApi(String baseUrl, Authentication authentication) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authentication = authentication;
    }

    CompletableFuture<Integer> openCase(String urn) {
        return post("/api/cases", """
                {"urn":"%s","forceCode":"%s",
                 "offences":[{"cjsOffenceCode":"SX03001","description":"Synthetic offence wording"}],
                 "suspects":[{"pncId":"98/1234567L"}],"victimId":"VICTIM-BENCH-0001","enhancedRightsVictim":true,
                 "policeContact":{"team":"Synthetic RASSO Team","telephone":"01000 000000"}}"""
                .formatted(urn, urn.substring(0, 2)));
    }

    CompletableFuture<Integer> submitCaseFile(String urn) {
        return post("/api/cases/" + urn + "/case-files", """
                {"mg3Summary":"Synthetic MG3 for the benchmark","caseSummary":"Synthetic summary for the benchmark",
                 "testRequested":"FULL_CODE_TEST",
                 "evidenceManifest":[{"documentId":"DOC-1","title":"Synthetic statement","documentType":"WITNESS_STATEMENT",
                   "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","sizeBytes":4}],
                 "bailExpiresAt":"2027-03-01T00:00:00Z","suspectInCustody":false,"vulnerableVictim":true,
                 "disclosureSchedules":["MG6C"]}""");
    }

    private CompletableFuture<Integer> post(String path, String json) {
        HttpRequest request = authentication.asOfficer(HttpRequest.newBuilder(URI.create(baseUrl + path)))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }
}
