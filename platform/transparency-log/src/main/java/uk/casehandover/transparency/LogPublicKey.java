package uk.casehandover.transparency;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** The log's Ed25519 public key: all an agency needs to check a tree head. The log id is hex SHA-256 of its X.509 DER. */
public final class LogPublicKey {

    static final String ALGORITHM = "Ed25519";

    private final PublicKey key;
    private final byte[] encoded;

    LogPublicKey(PublicKey key) {
        this.key = key;
        this.encoded = key.getEncoded();
    }

    /** From X.509 SubjectPublicKeyInfo DER bytes. */
    public static LogPublicKey fromX509(byte[] der) {
        try {
            return new LogPublicKey(KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der)));
        } catch (GeneralSecurityException | RuntimeException bad) {
            throw new IllegalArgumentException("not an Ed25519 public key in X.509 (SubjectPublicKeyInfo) DER form", bad);
        }
    }

    /** From base64 of the X.509 DER (the form audit-service serves). */
    public static LogPublicKey fromBase64(String base64) {
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("public key is not valid base64", bad);
        }
        return fromX509(der);
    }

    public byte[] x509() {
        return encoded.clone();
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(encoded);
    }

    /** Lower-case hex SHA-256 of the X.509 DER encoding. */
    public String logId() {
        return HexFormat.of().formatHex(Hashing.sha256(encoded));
    }

    /** Checks the signature over the head's RFC 6962 section 3.5 structure. */
    public Verdict verify(SignedTreeHead signed) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signed.head().signedData());
            return verifier.verify(signed.signature()) ? Verdict.ok()
                    : Verdict.failed("signature: the tree head of size " + signed.treeSize() + " is not signed by log " + logId());
        } catch (GeneralSecurityException bad) {
            return Verdict.failed("signature: malformed (" + bad.getMessage() + ")");
        }
    }

    PublicKey key() {
        return key;
    }
}
