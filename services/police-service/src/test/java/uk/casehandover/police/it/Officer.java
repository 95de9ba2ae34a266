package uk.casehandover.police.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An officer (or anyone with a token) at the police service's REST API, over real HTTP, with their bearer token from
 * the real identity provider. Bodies are plain maps so tests read as JSON.
 */
final class Officer {

    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;
    private final String token;

    Officer(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    record Response(int status, JsonNode body) {
    }

    Response post(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body))));
    }

    Response postAnonymously(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET());
    }

    Response getAnonymously(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Response opens(String urn) {
        return post("/api/cases", aCase(urn));
    }

    Response consents(String urn, String isvaServiceId) {
        return post("/api/cases/" + urn + "/consent", Map.of("isvaServiceId", isvaServiceId,
                "scopes", List.of("MILESTONES", "NEXT_STEPS", "DECISION_OUTCOMES", "SAFETY_BAIL_CONDITIONS")));
    }

    Response submitsAFile(String urn) {
        return post("/api/cases/" + urn + "/case-files", aFile());
    }

    JsonNode views(String urn) {
        Response response = get("/api/cases/" + urn);
        if (response.status() != 200) {
            throw new IllegalStateException("GET case answered " + response.status());
        }
        return response.body();
    }

    static Map<String, Object> aCase(String urn) {
        return Map.of("urn", urn, "forceCode", urn.substring(0, 2),
                "offences", List.of(Map.of("cjsOffenceCode", "SX03001", "description", "Synthetic offence wording")),
                "suspects", List.of(Map.of("pncId", "98/1234567L")),
                "victimId", "VICTIM-" + urn.substring(4), "enhancedRightsVictim", true,
                "policeContact", Map.of("team", "Synthetic RASSO Team", "telephone", "01000 000000"));
    }

    static Map<String, Object> aFile() {
        return Map.of("mg3Summary", "Synthetic MG3 summary", "caseSummary", "Synthetic case summary",
                "evidenceManifest", List.of(Map.of("documentId", "DOC-1", "title", "Synthetic statement",
                        "documentType", "WITNESS_STATEMENT", "sha256", SHA, "sizeBytes", 4)),
                "disclosureSchedules", List.of("MG6C"), "testRequested", "FULL_CODE_TEST",
                "bailExpiresAt", "2026-06-02T00:00:00Z", "suspectInCustody", false, "vulnerableVictim", true);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body() == null || response.body().isBlank() ? null : json.readTree(response.body());
            return new Response(response.statusCode(), body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
