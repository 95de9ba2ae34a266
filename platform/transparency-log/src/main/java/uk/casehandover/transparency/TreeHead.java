package uk.casehandover.transparency;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * What a tree head commits to: the size of the log, when, and its root. {@link #signedData()} is the RFC 6962
 * section 3.5 TreeHeadSignature structure: version v1 (0), signature_type tree_hash (1), timestamp (uint64 ms),
 * tree_size (uint64), sha256_root_hash (32 bytes), big-endian: 50 bytes.
 */
public record TreeHead(long treeSize, long timestamp, byte[] rootHash) {

    public static final int SIGNED_DATA_SIZE = 50;
    private static final byte VERSION_V1 = 0;
    private static final byte SIGNATURE_TYPE_TREE_HASH = 1;

    public TreeHead {
        if (treeSize < 0) {
            throw new IllegalArgumentException("treeSize must not be negative");
        }
        if (timestamp < 0) {
            throw new IllegalArgumentException("timestamp must not be negative");
        }
        Hashing.requireHash(rootHash, "rootHash");
        rootHash = rootHash.clone();
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    public byte[] signedData() {
        return ByteBuffer.allocate(SIGNED_DATA_SIZE).put(VERSION_V1).put(SIGNATURE_TYPE_TREE_HASH)
                .putLong(timestamp).putLong(treeSize).put(rootHash).array();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TreeHead head && head.treeSize == treeSize && head.timestamp == timestamp
                && Arrays.equals(head.rootHash, rootHash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(treeSize) * 31 + Arrays.hashCode(rootHash);
    }

    @Override
    public String toString() {
        return "TreeHead[treeSize=" + treeSize + ", timestamp=" + timestamp + ", rootHash=" + Proofs.hex(rootHash) + "]";
    }
}
