package uk.casehandover.transparency;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only RFC 6962 Merkle tree over a {@link NodeStore}. Appending stores the new leaf hash and the hash of
 * every complete subtree it closes (O(log n)); the root of any earlier size, an inclusion proof (RFC 6962 section
 * 2.1.1) and a consistency proof (section 2.1.2) are built from O(log n) stored nodes, never by rehashing leaves.
 * Not thread-safe: one writer at a time.
 */
public final class MerkleLog {

    private final NodeStore store;

    public MerkleLog(NodeStore store) {
        this.store = store;
    }

    /** A log in memory. */
    public static MerkleLog inMemory() {
        return new MerkleLog(new InMemoryNodeStore());
    }

    public long size() {
        return store.size();
    }

    /** Appends an entry (its leaf hash is H(0x00 || entry)) and returns its index. */
    public long append(byte[] entry) {
        return appendLeafHash(Hashing.leafHash(entry));
    }

    /** Appends an already computed leaf hash and returns its index. */
    public long appendLeafHash(byte[] leafHash) {
        Hashing.requireHash(leafHash, "leafHash");
        long index = store.size();
        store.put(0, index, leafHash);
        byte[] hash = leafHash;
        long position = index;
        int level = 0;
        while ((position & 1) == 1) {
            hash = Hashing.nodeHash(store.get(level, position - 1), hash);
            position >>= 1;
            level++;
            store.put(level, position, hash);
        }
        return index;
    }

    /** The leaf hash at an index. */
    public byte[] leafHash(long index) {
        checkIndex(index, size());
        return store.get(0, index);
    }

    /** MTH of the first {@code treeSize} entries. */
    public byte[] rootHash(long treeSize) {
        checkSize(treeSize);
        return treeSize == 0 ? Hashing.emptyRoot() : subtree(0, treeSize);
    }

    /** The root of the whole log. */
    public byte[] rootHash() {
        return rootHash(size());
    }

    /** PATH(m, D[n]) of RFC 6962 section 2.1.1: the audit path of leaf {@code index} in the tree of {@code treeSize}. */
    public List<byte[]> inclusionProof(long index, long treeSize) {
        checkSize(treeSize);
        checkIndex(index, treeSize);
        List<byte[]> path = new ArrayList<>();
        inclusionPath(index, 0, treeSize, path);
        return path;
    }

    /** PROOF(m, D[n]) of RFC 6962 section 2.1.2; empty when {@code first} is 0 or equals {@code second}. */
    public List<byte[]> consistencyProof(long first, long second) {
        checkSize(second);
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("first size " + first + " must be between 0 and the second size " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(first, 0, second, true, proof);
        }
        return proof;
    }

    private void inclusionPath(long index, long start, long end, List<byte[]> path) {
        if (end - start <= 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(end - start);
        if (index < start + k) {
            inclusionPath(index, start, start + k, path);
            path.add(subtree(start + k, end));
        } else {
            inclusionPath(index, start + k, end, path);
            path.add(subtree(start, start + k));
        }
    }

    private void subproof(long m, long start, long end, boolean whole, List<byte[]> proof) {
        long n = end - start;
        if (m == n) {
            if (!whole) {
                proof.add(subtree(start, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, start, start + k, whole, proof);
            proof.add(subtree(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, proof);
            proof.add(subtree(start, start + k));
        }
    }

    /**
     * MTH(D[start:end]) for a range the RFC recursion produces: start is a multiple of the largest power of two below
     * the range's parent, so a power-of-two range is one stored node and any other splits into one.
     */
    private byte[] subtree(long start, long end) {
        long n = end - start;
        if (Long.bitCount(n) == 1 && start % n == 0) {
            return store.get(Long.numberOfTrailingZeros(n), start / n);
        }
        long k = largestPowerOfTwoBelow(n);
        return Hashing.nodeHash(subtree(start, start + k), subtree(start + k, end));
    }

    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private void checkSize(long treeSize) {
        if (treeSize < 0 || treeSize > size()) {
            throw new IllegalArgumentException("tree size " + treeSize + " is out of range: the log holds " + size() + " entries");
        }
    }

    private static void checkIndex(long index, long treeSize) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("index " + index + " is out of range for a tree of " + treeSize + " entries");
        }
    }
}
