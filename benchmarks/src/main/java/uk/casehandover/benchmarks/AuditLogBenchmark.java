package uk.casehandover.benchmarks;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.casehandover.transparency.HandoverEntry;
import uk.casehandover.transparency.MerkleLog;
import uk.casehandover.transparency.Proofs;
import uk.casehandover.transparency.Verdict;

/**
 * The audit log's Merkle tree in memory at one million entries: how fast entries are appended (a single shot of
 * 1,000,000 appends of a realistic leaf, the canonical encoding of a handover entry, about 230 bytes), and how long
 * an inclusion or consistency proof takes to build and to verify against a tree that size. Proof sizes are printed
 * by the setup. See docs/audit-log.md ("Measured").
 */
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class AuditLogBenchmark {

    static final int ENTRIES = 1_000_000;
    private static final int PROOFS = 4096;

    private MerkleLog log;
    private byte[] root;
    private long[] indexes;
    private byte[][] leafHashes;
    private List<byte[]>[] inclusionProofs;
    private long[] earlierSizes;
    private byte[][] earlierRoots;
    private List<byte[]>[] consistencyProofs;
    private int next;

    /** The leaf data of a synthetic handover entry; {@link #appendEntries} varies its offset so every leaf differs. */
    static byte[] aLeaf() {
        Instant at = Instant.parse("2026-11-02T09:00:00.123Z");
        return new HandoverEntry(HandoverEntry.recordHash(new byte[551]), "handover.police-to-cps", 2, 0,
                "7d3f5d0e-2f6e-4e8a-9d61-3d7c2f7c1a11", "uk.casehandover.police.v1.CaseFileSubmitted", "01ZD0304208",
                "POLICE", "01", at, at.plusMillis(3), at.plusMillis(40)).leafData();
    }

    static MerkleLog appendEntries(int count) {
        byte[] leaf = aLeaf();
        ByteBuffer buffer = ByteBuffer.wrap(leaf);
        // format version, record SHA-256, topic (length and bytes), partition: then the offset
        int offsetAt = 1 + 32 + 4 + "handover.police-to-cps".length() + 4;
        MerkleLog log = MerkleLog.inMemory();
        for (long i = 0; i < count; i++) {
            buffer.putLong(offsetAt, i);
            log.append(leaf);
        }
        return log;
    }

    @Setup(Level.Trial)
    @SuppressWarnings("unchecked")
    public void aLogOfAMillionEntries() {
        log = appendEntries(ENTRIES);
        root = log.rootHash();
        SplittableRandom random = new SplittableRandom(6962);
        indexes = new long[PROOFS];
        leafHashes = new byte[PROOFS][];
        inclusionProofs = new List[PROOFS];
        earlierSizes = new long[PROOFS];
        earlierRoots = new byte[PROOFS][];
        consistencyProofs = new List[PROOFS];
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        int longestConsistency = 0;
        for (int i = 0; i < PROOFS; i++) {
            indexes[i] = random.nextLong(ENTRIES);
            leafHashes[i] = log.leafHash(indexes[i]);
            inclusionProofs[i] = log.inclusionProof(indexes[i], ENTRIES);
            earlierSizes[i] = 1 + random.nextLong(ENTRIES - 1);
            earlierRoots[i] = log.rootHash(earlierSizes[i]);
            consistencyProofs[i] = log.consistencyProof(earlierSizes[i], ENTRIES);
            if (!Proofs.verifyInclusion(leafHashes[i], indexes[i], ENTRIES, inclusionProofs[i], root).valid()
                    || !Proofs.verifyConsistency(earlierSizes[i], ENTRIES, earlierRoots[i], root, consistencyProofs[i]).valid()) {
                throw new IllegalStateException("a proof of the benchmark's log does not verify");
            }
            shortest = Math.min(shortest, inclusionProofs[i].size());
            longest = Math.max(longest, inclusionProofs[i].size());
            longestConsistency = Math.max(longestConsistency, consistencyProofs[i].size());
        }
        System.out.printf("%nlog of %,d entries, leaf data %d bytes: inclusion proofs %d-%d hashes (%d-%d bytes),"
                + " consistency proofs up to %d hashes (%d bytes)%n", ENTRIES, aLeaf().length, shortest, longest, shortest * 32,
                longest * 32, longestConsistency, longestConsistency * 32);
    }

    /** 1,000,000 appends into a fresh in-memory log; append rate = 1,000,000 / this time. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public MerkleLog appendAMillionEntries() {
        return appendEntries(ENTRIES);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public List<byte[]> inclusionProof() {
        return log.inclusionProof(indexes[next++ & (PROOFS - 1)], ENTRIES);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Verdict verifyInclusion() {
        int i = next++ & (PROOFS - 1);
        return Proofs.verifyInclusion(leafHashes[i], indexes[i], ENTRIES, inclusionProofs[i], root);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public List<byte[]> consistencyProof() {
        return log.consistencyProof(earlierSizes[next++ & (PROOFS - 1)], ENTRIES);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Verdict verifyConsistency() {
        int i = next++ & (PROOFS - 1);
        return Proofs.verifyConsistency(earlierSizes[i], ENTRIES, earlierRoots[i], root, consistencyProofs[i]);
    }
}
