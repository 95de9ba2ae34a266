package uk.casehandover.audit.log.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.casehandover.transparency.LogSigner;

/**
 * The log's Ed25519 key pair from {@code casehandover.audit.signing-key.private} (base64 PKCS#8) and
 * {@code .public} (base64 X.509); both or neither. Without them a fresh pair is generated, which only suits tests and
 * a throwaway local log: heads signed before a restart then no longer verify with the new key. Only the logId is
 * ever logged.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyConfiguration.class);

    @Bean
    LogSigner logSigner(@Value("${casehandover.audit.signing-key.private:}") String privateKey,
            @Value("${casehandover.audit.signing-key.public:}") String publicKey) {
        boolean hasPrivate = !privateKey.isBlank();
        boolean hasPublic = !publicKey.isBlank();
        if (hasPrivate != hasPublic) {
            throw new IllegalStateException("casehandover.audit.signing-key: give both .private and .public (base64), or neither");
        }
        if (!hasPrivate) {
            LogSigner generated = LogSigner.generate();
            log.warn("no casehandover.audit.signing-key configured: generated a fresh Ed25519 key pair for this run, log {}",
                    generated.logId());
            return generated;
        }
        LogSigner configured;
        try {
            configured = LogSigner.fromBase64(privateKey, publicKey);
        } catch (IllegalArgumentException bad) {
            throw new IllegalStateException("casehandover.audit.signing-key: " + bad.getMessage());
        }
        log.info("signing tree heads as log {}", configured.logId());
        return configured;
    }
}
