package uk.casehandover.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.casehandover.identity.IdentityProviderApplication;

/**
 * The real identity provider (platform/identity-provider), run in this JVM on a free port. Tokens are fetched from it
 * over HTTP exactly as the README tells a person to, and services validate them through its discovery document and
 * JWK set. Its issuer is {@code http://localhost:<port>}.
 */
final class IdentityProviderServer implements AutoCloseable {

    static final String DEMO_SECRET_PREFIX = "demo-";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final ConfigurableApplicationContext context;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private IdentityProviderServer(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    static boolean available() {
        try {
            Class.forName("uk.casehandover.identity.IdentityProviderApplication", false,
                    IdentityProviderServer.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }

    static IdentityProviderServer start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(IdentityProviderApplication.class)
                .properties("spring.main.banner-mode=off", "spring.main.log-startup-info=false")
                .run("--server.port=0", "--spring.jmx.enabled=false",
                        "--casehandover.identity.demo-secret-prefix=" + DEMO_SECRET_PREFIX);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new IdentityProviderServer(context, port);
    }

    String issuer() {
        return "http://localhost:" + port;
    }

    /** A demo user's access token, by the client_credentials request the README shows. */
    String tokenFor(String demoUserId) {
        String basic = Base64.getEncoder().encodeToString(
                (demoUserId + ":" + DEMO_SECRET_PREFIX + demoUserId).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("the identity provider gave no token for demo user " + demoUserId
                        + ": HTTP " + response.statusCode());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException("could not reach the identity provider", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching a token", e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
