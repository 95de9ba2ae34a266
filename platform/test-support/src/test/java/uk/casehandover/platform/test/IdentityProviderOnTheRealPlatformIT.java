package uk.casehandover.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

@RealPlatformTest
class IdentityProviderOnTheRealPlatformIT {

    @Test
    void givesADemoUsersTokenCarryingTheirClaimsAndPublishesItsDiscoveryDocument(RealPlatform platform)
            throws Exception {
        String token = platform.tokenFor("ISVA-0007");

        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"sub\":\"ISVA-0007\"").contains("\"isva_service_id\":\"ISVA-SVC-0001\"")
                .contains("\"iss\":\"" + platform.identityProviderIssuer() + "\"");
        HttpResponse<String> discovery = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(platform.identityProviderIssuer() + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.body()).contains("jwks_uri");
    }

    @Test
    void serviceArgumentsNameTheProviderAsIssuer(RealPlatform platform) {
        assertThat(platform.serviceArguments("jdbc:postgresql://localhost/x_1")).contains(
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + platform.identityProviderIssuer());
    }

    @Test
    void untrustedTokensAreWellFormedButSignedByAnotherKey(RealPlatform platform) {
        String token = UntrustedTokens.signedByAnotherKey(platform.identityProviderIssuer(), "ISVA-0007",
                Map.of("roles", java.util.List.of("ISVA")));

        assertThat(token.split("\\.")).hasSize(3);
        assertThat(token).isNotEqualTo(platform.tokenFor("ISVA-0007"));
    }
}
