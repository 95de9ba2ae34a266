package uk.casehandover.transparency;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** Signs tree heads with the log's Ed25519 private key (the JDK's own provider). Never prints key material. */
public final class LogSigner {

    private final PrivateKey privateKey;
    private final LogPublicKey publicKey;

    private LogSigner(PrivateKey privateKey, LogPublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** A fresh key pair. */
    public static LogSigner generate() {
        try {
            var pair = KeyPairGenerator.getInstance(LogPublicKey.ALGORITHM).generateKeyPair();
            return new LogSigner(pair.getPrivate(), new LogPublicKey(pair.getPublic()));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", impossible);
        }
    }

    /**
     * From base64 PKCS#8 (private) and base64 X.509 (public) encodings; refuses a pair whose halves do not match.
     * Error messages name the key, never its content.
     */
    public static LogSigner fromBase64(String privatePkcs8, String publicX509) {
        PrivateKey privateKey;
        try {
            byte[] der = Base64.getDecoder().decode(privatePkcs8.strip());
            privateKey = KeyFactory.getInstance(LogPublicKey.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException bad) {
            throw new IllegalArgumentException("private key is not base64 of an Ed25519 key in PKCS#8 DER form");
        }
        LogSigner signer = new LogSigner(privateKey, LogPublicKey.fromBase64(publicX509));
        TreeHead probe = new TreeHead(0, 0, Hashing.emptyRoot());
        if (!signer.publicKey.verify(signer.sign(probe)).valid()) {
            throw new IllegalArgumentException("the private and public keys are not one key pair");
        }
        return signer;
    }

    public SignedTreeHead sign(TreeHead head) {
        try {
            Signature signature = Signature.getInstance(LogPublicKey.ALGORITHM);
            signature.initSign(privateKey);
            signature.update(head.signedData());
            return new SignedTreeHead(head, signature.sign());
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("could not sign a tree head", failed);
        }
    }

    public LogPublicKey publicKey() {
        return publicKey;
    }

    public String logId() {
        return publicKey.logId();
    }

    /** Base64 of the PKCS#8 DER, to write into a secret store; never log it. */
    public String privateKeyBase64() {
        return Base64.getEncoder().encodeToString(privateKey.getEncoded());
    }

    @Override
    public String toString() {
        return "LogSigner[logId=" + logId() + "]";
    }
}
