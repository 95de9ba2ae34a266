package uk.casehandover.benchmarks.platform;

import java.net.http.HttpRequest;

/**
 * How the load generator authenticates to the police service: the one place to change when the {@code X-Actor-Id}
 * header gives way to OAuth2 bearer tokens (then: fetch a token once, add {@code Authorization: Bearer ...}).
 */
final class Authentication {

    private static final String OFFICER = "PC-BENCH-0001";

    private Authentication() {
    }

    static HttpRequest.Builder asOfficer(HttpRequest.Builder request) {
        return request.header("X-Actor-Id", OFFICER);
    }
}
