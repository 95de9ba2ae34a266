package uk.casehandover.transparency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** RFC 6962 section 2.1 hashing with SHA-256: leaves and interior nodes are domain-separated by a prefix byte. */
public final class Hashing {

    public static final int HASH_SIZE = 32;
    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private Hashing() {
    }

    /** SHA-256 of the bytes. */
    public static byte[] sha256(byte[] data) {
        return digest().digest(data);
    }

    /** MTH({}) = SHA-256 of the empty string. */
    public static byte[] emptyRoot() {
        return digest().digest();
    }

    /** MTH({d}) = SHA-256(0x00 || d). */
    public static byte[] leafHash(byte[] entry) {
        MessageDigest digest = digest();
        digest.update(LEAF_PREFIX);
        digest.update(entry);
        return digest.digest();
    }

    /** SHA-256(0x01 || left || right). */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = digest();
        digest.update(NODE_PREFIX);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    static void requireHash(byte[] hash, String name) {
        if (hash == null || hash.length != HASH_SIZE) {
            throw new IllegalArgumentException(name + " must be a " + HASH_SIZE + "-byte SHA-256 hash");
        }
    }
}
