package uk.casehandover.transparency;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Verification of inclusion (RFC 9162 section 2.1.3.2) and consistency (section 2.1.4.2) proofs. Needs only the
 * hashes: a verifier never sees the log's storage.
 */
public final class Proofs {

    private Proofs() {
    }

    /** Does {@code auditPath} prove that the leaf with {@code leafHash} is entry {@code index} of the tree with {@code rootHash}? */
    public static Verdict verifyInclusion(byte[] leafHash, long index, long treeSize, List<byte[]> auditPath, byte[] rootHash) {
        Verdict shape = hashes(leafHash, "leaf hash").and(() -> hashes(rootHash, "root hash")).and(() -> path(auditPath, "audit path"));
        if (!shape.valid()) {
            return shape;
        }
        if (index < 0 || index >= treeSize) {
            return Verdict.failed("index out of range: leaf index " + index + " is not below the tree size " + treeSize);
        }
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : auditPath) {
            if (sn == 0) {
                return Verdict.failed("audit path too long: " + auditPath.size() + " hashes for leaf " + index + " of a tree of " + treeSize);
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Hashing.nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = Hashing.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            return Verdict.failed("audit path too short: " + auditPath.size() + " hashes for leaf " + index + " of a tree of " + treeSize);
        }
        if (!MessageDigest.isEqual(r, rootHash)) {
            return Verdict.failed("root mismatch: the audit path leads to " + hex(r) + ", the tree head says " + hex(rootHash));
        }
        return Verdict.ok();
    }

    /** Does {@code proof} show that the tree of {@code second} entries extends the tree of {@code first} entries? */
    public static Verdict verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        Verdict shape = hashes(firstRoot, "first root hash").and(() -> hashes(secondRoot, "second root hash")).and(() -> path(proof, "consistency proof"));
        if (!shape.valid()) {
            return shape;
        }
        if (first < 0 || second < 0) {
            return Verdict.failed("tree sizes must not be negative (" + first + ", " + second + ")");
        }
        if (first > second) {
            return Verdict.failed("the later tree (" + second + " entries) is smaller than the earlier one (" + first + "): the log shrank");
        }
        if (first == second) {
            if (!proof.isEmpty()) {
                return Verdict.failed("a proof between equal sizes must be empty, got " + proof.size() + " hashes");
            }
            return MessageDigest.isEqual(firstRoot, secondRoot) ? Verdict.ok()
                    : Verdict.failed("forked history: two different roots for the same size " + first + " (" + hex(firstRoot) + ", " + hex(secondRoot) + ")");
        }
        if (first == 0) {
            return proof.isEmpty() ? Verdict.ok() : Verdict.failed("a proof from the empty tree must be empty, got " + proof.size() + " hashes");
        }
        if (proof.isEmpty()) {
            return Verdict.failed("empty consistency proof from " + first + " to " + second + " entries");
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return Verdict.failed("consistency proof too long: " + proof.size() + " hashes from " + first + " to " + second);
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Hashing.nodeHash(c, fr);
                sr = Hashing.nodeHash(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = Hashing.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            return Verdict.failed("consistency proof too short: " + proof.size() + " hashes from " + first + " to " + second);
        }
        if (!MessageDigest.isEqual(fr, firstRoot)) {
            return Verdict.failed("first root mismatch: the proof rebuilds " + hex(fr) + " for " + first + " entries, the earlier head says "
                    + hex(firstRoot) + " (the history was rewritten or forked)");
        }
        if (!MessageDigest.isEqual(sr, secondRoot)) {
            return Verdict.failed("second root mismatch: the proof rebuilds " + hex(sr) + " for " + second + " entries, the later head says "
                    + hex(secondRoot));
        }
        return Verdict.ok();
    }

    private static Verdict hashes(byte[] hash, String name) {
        return hash != null && hash.length == Hashing.HASH_SIZE ? Verdict.ok()
                : Verdict.failed(name + " must be " + Hashing.HASH_SIZE + " bytes, got " + (hash == null ? "none" : hash.length));
    }

    private static Verdict path(List<byte[]> hashes, String name) {
        if (hashes == null) {
            return Verdict.failed(name + " is missing");
        }
        for (int i = 0; i < hashes.size(); i++) {
            Verdict one = hashes(hashes.get(i), name + "[" + i + "]");
            if (!one.valid()) {
                return one;
            }
        }
        return Verdict.ok();
    }

    static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
