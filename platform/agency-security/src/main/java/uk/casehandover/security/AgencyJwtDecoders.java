package uk.casehandover.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * The JWT decoder from Spring Boot's standard keys, so any OIDC provider plugs in by configuration alone:
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (discovery, resolved on the first request so a
 * service may start before its provider), {@code jwk-set-uri} (keys directly; the issuer is still checked when
 * issuer-uri is also set) and {@code audiences}. Expiry is checked with {@code casehandover.security.clock-skew}.
 */
final class AgencyJwtDecoders {

    static final String PREFIX = "spring.security.oauth2.resourceserver.jwt.";

    private AgencyJwtDecoders() {
    }

    static JwtDecoder fromConfiguration(Environment environment, Duration clockSkew) {
        String issuer = blankToNull(environment.getProperty(PREFIX + "issuer-uri"));
        String jwkSet = blankToNull(environment.getProperty(PREFIX + "jwk-set-uri"));
        String audiences = blankToNull(environment.getProperty(PREFIX + "audiences"));
        if (issuer == null && jwkSet == null) {
            throw new IllegalStateException("Agency security needs the token issuer: set " + PREFIX
                    + "issuer-uri (e.g. http://localhost:8090) or " + PREFIX + "jwk-set-uri");
        }
        OAuth2TokenValidator<Jwt> validator = validator(issuer, audiences, clockSkew);
        if (jwkSet != null) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSet).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    private static OAuth2TokenValidator<Jwt> validator(String issuer, String audiences, Duration clockSkew) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator(clockSkew));
        if (issuer != null) {
            validators.add(new JwtIssuerValidator(issuer));
        }
        if (audiences != null) {
            List<String> wanted = Arrays.stream(audiences.split(",")).map(String::trim).toList();
            validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                    aud -> aud != null && aud.stream().anyMatch(wanted::contains)));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
