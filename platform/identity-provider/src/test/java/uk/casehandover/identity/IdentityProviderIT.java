package uk.casehandover.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The provider over HTTP, as curl and the services meet it: discovery, a demo user's token, its claims, refusals. */
@SpringBootTest(classes = IdentityProviderApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityProviderIT {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anIsvasTokenCarriesTheirSubjectRoleAndIsvaServiceAndIsSignedWithThePublishedKey() throws Exception {
        HttpResponse<String> response = token("ISVA-0007", "demo-ISVA-0007");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = json.readTree(response.body()).get("access_token").asString();
        JwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuer());
        Jwt jwt = decoder.decode(token);
        assertThat(jwt.getSubject()).isEqualTo("ISVA-0007");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ISVA");
        assertThat(jwt.getClaimAsString("isva_service_id")).isEqualTo("ISVA-SVC-0001");
        assertThat(jwt.hasClaim("force_code")).isFalse();
        assertThat(jwt.getIssuer().toString()).isEqualTo(issuer());
    }

    @Test
    void everyDemoUserGetsATokenWithTheirAgencyClaim() throws Exception {
        for (DemoUser user : DemoUsers.ALL) {
            HttpResponse<String> response = token(user.id(), "demo-" + user.id());
            assertThat(response.statusCode()).as(user.id()).isEqualTo(200);
            JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(
                    json.readTree(response.body()).get("access_token").asString().split("\\.")[1]));
            assertThat(claims.get("sub").asString()).isEqualTo(user.id());
            assertThat(claims.get("roles").get(0).asString()).isEqualTo(user.roles().get(0));
        }
    }

    @Test
    void aWrongSecretOrAnUnknownUserGetsNoToken() throws Exception {
        assertThat(token("ISVA-0007", "wrong").statusCode()).isEqualTo(401);
        assertThat(token("NOBODY-0001", "demo-NOBODY-0001").statusCode()).isEqualTo(401);
    }

    @Test
    void publishesItsDiscoveryDocumentAndServesNothingElse() throws Exception {
        HttpResponse<String> discovery = get("/.well-known/openid-configuration");
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(json.readTree(discovery.body()).get("issuer").asString()).isEqualTo(issuer());
        assertThat(get("/anything").statusCode()).isIn(401, 403);
    }

    private HttpResponse<String> token(String user, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(issuer() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String issuer() {
        return "http://localhost:" + port;
    }
}
