package uk.casehandover.transparency;

/**
 * Where a {@link MerkleLog} keeps its hashes: the hash of every complete, aligned subtree. The node at
 * {@code (level, index)} is the Merkle tree hash of leaves {@code [index * 2^level, (index + 1) * 2^level)}; level 0
 * holds the leaf hashes. Appending leaf n stores at most log2(n) + 1 nodes, and any root or proof needs O(log n)
 * reads. Implementations need not be thread-safe: the log has one writer at a time.
 */
public interface NodeStore {

    /** The number of leaves stored (the number of level-0 nodes). */
    long size();

    /** The stored node; the caller only asks for nodes that exist. */
    byte[] get(int level, long index);

    /** Stores a node. Level 0 is written first when a leaf is appended, then its completed ancestors. */
    void put(int level, long index, byte[] hash);
}
