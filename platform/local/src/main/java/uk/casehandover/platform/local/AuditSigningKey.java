package uk.casehandover.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;

/**
 * The audit log's Ed25519 signing key for the local platform, made once and kept in the data directory, so tree heads
 * signed before a restart still verify after it (a key made per start would orphan every earlier head). A fresh
 * platform ({@code --fresh}) starts a fresh log and a fresh key. Production passes its key by configuration.
 */
record AuditSigningKey(String privateKeyBase64, String publicKeyBase64) {

    static final String DIRECTORY = "audit-signing-key";

    static AuditSigningKey loadOrCreate(Path dataDirectory) {
        Path directory = dataDirectory.resolve(DIRECTORY);
        Path privateKey = directory.resolve("private.pkcs8.b64");
        Path publicKey = directory.resolve("public.x509.b64");
        try {
            if (Files.isRegularFile(privateKey) && Files.isRegularFile(publicKey)) {
                return new AuditSigningKey(read(privateKey), read(publicKey));
            }
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            AuditSigningKey key = new AuditSigningKey(
                    Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            Files.createDirectories(directory);
            writeOwnerOnly(privateKey, key.privateKeyBase64());
            Files.writeString(publicKey, key.publicKeyBase64() + "\n", StandardCharsets.US_ASCII);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the audit signing key in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make Ed25519 keys", e);
        }
    }

    /** The audit service's settings for this key. */
    List<String> settings() {
        return List.of("casehandover.audit.signing-key.private=" + privateKeyBase64,
                "casehandover.audit.signing-key.public=" + publicKeyBase64);
    }

    @Override
    public String toString() {
        return "AuditSigningKey[public=" + publicKeyBase64 + "]";
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, content + "\n", StandardCharsets.US_ASCII);
    }
}
