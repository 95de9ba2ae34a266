package uk.casehandover.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditSigningKeyTest {

    @TempDir
    Path dataDirectory;

    @Test
    void makesAKeyPairOnceAndGivesTheSameOneAfterARestart() throws Exception {
        AuditSigningKey first = AuditSigningKey.loadOrCreate(dataDirectory);
        AuditSigningKey again = AuditSigningKey.loadOrCreate(dataDirectory);

        assertThat(again).isEqualTo(first);
        KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(ed25519.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(first.privateKeyBase64()))));
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(ed25519.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(first.publicKeyBase64()))));
        verifier.update(new byte[] {1, 2, 3});
        assertThat(verifier.verify(signature)).as("the public key belongs to the private key").isTrue();
    }

    @Test
    void keepsThePrivateKeyReadableByItsOwnerOnlyAndOutOfToString() throws Exception {
        AuditSigningKey key = AuditSigningKey.loadOrCreate(dataDirectory);

        Path privateKey = dataDirectory.resolve(AuditSigningKey.DIRECTORY).resolve("private.pkcs8.b64");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey))).isEqualTo("rw-------");
        assertThat(key.toString()).doesNotContain(key.privateKeyBase64());
        assertThat(key.settings()).containsExactly("casehandover.audit.signing-key.private=" + key.privateKeyBase64(),
                "casehandover.audit.signing-key.public=" + key.publicKeyBase64());
    }
}
