package uk.casehandover.benchmarks.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the load generator authenticates to the police service, in one place: as the demo officer {@code PC-0001}
 * (force 01, the force of every URN it opens) with a bearer token from the local platform's identity provider
 * (client credentials, docs/authentication.md), fetched again when it is 20 minutes old (tokens live 30).
 */
final class Authentication {

    private static final String OFFICER = "PC-0001";
    private static final Duration REFRESH_AFTER = Duration.ofMinutes(20);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final String identityProvider;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private volatile String token;
    private volatile long fetchedAt;

    /** {@code identityProvider} is the provider's base URL, e.g. http://localhost:28090. */
    Authentication(String identityProvider) {
        this.identityProvider = identityProvider;
    }

    HttpRequest.Builder asOfficer(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + token());
    }

    private String token() {
        if (token == null || System.nanoTime() - fetchedAt > REFRESH_AFTER.toNanos()) {
            synchronized (this) {
                if (token == null || System.nanoTime() - fetchedAt > REFRESH_AFTER.toNanos()) {
                    token = fetch();
                    fetchedAt = System.nanoTime();
                }
            }
        }
        return token;
    }

    private String fetch() {
        String credentials = Base64.getEncoder()
                .encodeToString((OFFICER + ":demo-" + OFFICER).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(identityProvider + "/oauth2/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher matcher = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !matcher.find()) {
                throw new IllegalStateException("the identity provider at " + identityProvider + " gave no token for "
                        + OFFICER + " (HTTP " + response.statusCode() + ")");
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("could not reach the identity provider at " + identityProvider, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching a token", e);
        }
    }
}
