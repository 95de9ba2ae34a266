package uk.casehandover.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * Well-formed JWTs that a service must refuse: signed with a key of this class's own (not the provider's), with any
 * issuer and claims. For "401 with a token from a different key or issuer"; real tokens come from
 * {@link RealPlatform#tokenFor(String)}.
 */
public final class UntrustedTokens {

    private static final RSAKey KEY = generate();

    private UntrustedTokens() {
    }

    /** A token valid for ten minutes, signed by a key no provider published. */
    public static String signedByAnotherKey(String issuer, String subject, Map<String, Object> claims) {
        JWTClaimsSet.Builder body = new JWTClaimsSet.Builder().issuer(issuer).subject(subject)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(10))));
        claims.forEach(body::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
                body.build());
        try {
            jwt.sign(new RSASSASigner(KEY));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a test token", e);
        }
        return jwt.serialize();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("untrusted-test-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not make an RSA key", e);
        }
    }
}
