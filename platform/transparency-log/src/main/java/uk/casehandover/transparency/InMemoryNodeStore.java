package uk.casehandover.transparency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A {@link NodeStore} in memory: one packed byte array per level (32 bytes a node), about 64 bytes per leaf. */
public final class InMemoryNodeStore implements NodeStore {

    private final List<byte[]> levels = new ArrayList<>();
    private final List<Long> counts = new ArrayList<>();

    @Override
    public long size() {
        return counts.isEmpty() ? 0 : counts.get(0);
    }

    @Override
    public byte[] get(int level, long index) {
        if (level >= levels.size() || index < 0 || index >= counts.get(level)) {
            throw new IllegalArgumentException("no node at level " + level + " index " + index);
        }
        int from = Math.toIntExact(index * Hashing.HASH_SIZE);
        return Arrays.copyOfRange(levels.get(level), from, from + Hashing.HASH_SIZE);
    }

    @Override
    public void put(int level, long index, byte[] hash) {
        Hashing.requireHash(hash, "hash");
        while (levels.size() <= level) {
            levels.add(new byte[Hashing.HASH_SIZE * 16]);
            counts.add(0L);
        }
        long count = counts.get(level);
        if (index != count) {
            throw new IllegalArgumentException("level " + level + " holds " + count + " nodes; cannot put index " + index);
        }
        byte[] packed = levels.get(level);
        long needed = (index + 1) * Hashing.HASH_SIZE;
        if (needed > packed.length) {
            packed = Arrays.copyOf(packed, Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, Math.max(needed, packed.length * 2L))));
            levels.set(level, packed);
        }
        System.arraycopy(hash, 0, packed, Math.toIntExact(index * Hashing.HASH_SIZE), Hashing.HASH_SIZE);
        counts.set(level, count + 1);
    }
}
