package uk.casehandover.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleLogTest {

    private static final HexFormat HEX = HexFormat.of();

    /** The RFC 6962 reference test tree of the certificate-transparency implementations. */
    private static final List<String> REFERENCE_LEAVES = List.of("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f");
    private static final List<String> REFERENCE_ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @Test
    void producesTheReferenceRootsForEverySizeOfTheReferenceTree() {
        MerkleLog log = referenceLog();
        for (int size = 0; size <= 8; size++) {
            assertThat(HEX.formatHex(log.rootHash(size))).as("root of size %d", size).isEqualTo(REFERENCE_ROOTS.get(size));
        }
    }

    @Test
    void producesTheReferenceInclusionProofs() {
        MerkleLog log = referenceLog();
        assertThat(hex(log.inclusionProof(0, 1))).isEmpty();
        assertThat(hex(log.inclusionProof(0, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(log.inclusionProof(5, 8))).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(log.inclusionProof(2, 3))).containsExactly(
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
        assertThat(hex(log.inclusionProof(1, 5))).containsExactly(
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
    }

    @Test
    void producesTheReferenceConsistencyProofs() {
        MerkleLog log = referenceLog();
        assertThat(hex(log.consistencyProof(1, 1))).isEmpty();
        assertThat(hex(log.consistencyProof(1, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(log.consistencyProof(6, 8))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(log.consistencyProof(2, 5))).containsExactly(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertThat(hex(log.consistencyProof(6, 7))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    }

    @Test
    void everyRootMatchesTheRecursiveDefinitionUpTo64Entries() {
        List<byte[]> entries = entries(64);
        MerkleLog log = logOf(entries);
        for (int size = 0; size <= 64; size++) {
            assertThat(log.rootHash(size)).as("size %d", size).isEqualTo(ReferenceTree.mth(entries.subList(0, size)));
        }
    }

    @Test
    void everyInclusionProofVerifiesForEverySizeUpTo64() {
        MerkleLog log = logOf(entries(64));
        for (long size = 1; size <= 64; size++) {
            byte[] root = log.rootHash(size);
            for (long index = 0; index < size; index++) {
                Verdict verdict = Proofs.verifyInclusion(log.leafHash(index), index, size, log.inclusionProof(index, size), root);
                assertThat(verdict.valid()).as("leaf %d of %d: %s", index, size, verdict.reason()).isTrue();
            }
        }
    }

    @Test
    void everyConsistencyProofVerifiesForEveryPairOfSizesUpTo64() {
        MerkleLog log = logOf(entries(64));
        for (long second = 0; second <= 64; second++) {
            for (long first = 0; first <= second; first++) {
                Verdict verdict = Proofs.verifyConsistency(first, second, log.rootHash(first), log.rootHash(second),
                        log.consistencyProof(first, second));
                assertThat(verdict.valid()).as("%d to %d: %s", first, second, verdict.reason()).isTrue();
            }
        }
    }

    @Test
    void anAlteredByteInTheEntryFailsInclusion() {
        List<byte[]> entries = entries(20);
        MerkleLog log = logOf(entries);
        byte[] altered = entries.get(7).clone();
        altered[0] ^= 1;
        Verdict verdict = Proofs.verifyInclusion(Hashing.leafHash(altered), 7, 20, log.inclusionProof(7, 20), log.rootHash());
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.reason()).startsWith("root mismatch");
    }

    @Test
    void anAlteredByteInTheAuditPathOrTheRootFailsInclusion() {
        MerkleLog log = logOf(entries(20));
        for (int i = 0; i < log.inclusionProof(7, 20).size(); i++) {
            List<byte[]> path = log.inclusionProof(7, 20);
            path.get(i)[31] ^= 1;
            assertThat(Proofs.verifyInclusion(log.leafHash(7), 7, 20, path, log.rootHash()).reason()).startsWith("root mismatch");
        }
        byte[] root = log.rootHash();
        root[0] ^= (byte) 0x80;
        assertThat(Proofs.verifyInclusion(log.leafHash(7), 7, 20, log.inclusionProof(7, 20), root).reason()).startsWith("root mismatch");
    }

    @Test
    void aRemovedEntryFailsInclusionOfTheEntriesAfterIt() {
        List<byte[]> entries = entries(20);
        MerkleLog original = logOf(entries);
        List<byte[]> withoutOne = new ArrayList<>(entries);
        withoutOne.remove(5);
        MerkleLog rewritten = logOf(withoutOne);
        // the rewritten log proves entry 6 (now at index 5) against its own tree, not against the signed original root
        Verdict verdict = Proofs.verifyInclusion(Hashing.leafHash(entries.get(6)), 5, 19, rewritten.inclusionProof(5, 19),
                original.rootHash(19));
        assertThat(verdict.valid()).isFalse();
        assertThat(Proofs.verifyConsistency(20, 19, original.rootHash(), rewritten.rootHash(), List.of()).reason())
                .contains("the log shrank");
    }

    @Test
    void reorderedEntriesFailInclusion() {
        List<byte[]> entries = entries(16);
        MerkleLog log = logOf(entries);
        Verdict swapped = Proofs.verifyInclusion(Hashing.leafHash(entries.get(3)), 4, 16, log.inclusionProof(4, 16), log.rootHash());
        assertThat(swapped.reason()).startsWith("root mismatch");
        List<byte[]> path = log.inclusionProof(3, 16);
        byte[] first = path.get(0);
        path.set(0, path.get(1));
        path.set(1, first);
        assertThat(Proofs.verifyInclusion(log.leafHash(3), 3, 16, path, log.rootHash()).reason()).startsWith("root mismatch");
    }

    @Test
    void aWrongSizeOrIndexFailsInclusionWithItsReason() {
        MerkleLog log = logOf(entries(20));
        List<byte[]> path = log.inclusionProof(7, 20);
        assertThat(Proofs.verifyInclusion(log.leafHash(7), 20, 20, path, log.rootHash()).reason()).startsWith("index out of range");
        assertThat(Proofs.verifyInclusion(log.leafHash(7), 7, 8, path, log.rootHash()).reason()).startsWith("audit path too long");
        assertThat(Proofs.verifyInclusion(log.leafHash(7), 7, 5, path, log.rootHash()).reason()).startsWith("index out of range");
        assertThat(Proofs.verifyInclusion(log.leafHash(7), 7, 20, path.subList(0, 2), log.rootHash()).reason())
                .startsWith("audit path too short");
        assertThat(Proofs.verifyInclusion(log.leafHash(7), 7, 20, List.of(new byte[5]), log.rootHash()).reason())
                .contains("must be 32 bytes");
    }

    @Test
    void aConsistencyProofBetweenHeadsBeforeAndAfterAThousandAppendsVerifies() {
        MerkleLog log = logOf(entries(37));
        long before = log.size();
        byte[] rootBefore = log.rootHash();
        for (int i = 0; i < 1000; i++) {
            log.append(("later entry " + i).getBytes(StandardCharsets.UTF_8));
        }
        List<byte[]> proof = log.consistencyProof(before, log.size());
        assertThat(Proofs.verifyConsistency(before, log.size(), rootBefore, log.rootHash(), proof).valid()).isTrue();
        assertThat(proof.size()).isLessThanOrEqualTo(2 * 11);
    }

    @Test
    void aForkWithTheSameSizeButADifferentEntryIsCaught() {
        List<byte[]> entries = entries(30);
        MerkleLog honest = logOf(entries);
        List<byte[]> forkedEntries = new ArrayList<>(entries);
        forkedEntries.set(11, "a different entry".getBytes(StandardCharsets.UTF_8));
        MerkleLog fork = logOf(forkedEntries);
        for (int i = 0; i < 50; i++) {
            fork.append(("after " + i).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Proofs.verifyConsistency(30, 30, honest.rootHash(), fork.rootHash(30), List.of()).reason())
                .startsWith("forked history");
        Verdict extended = Proofs.verifyConsistency(30, 80, honest.rootHash(), fork.rootHash(), fork.consistencyProof(30, 80));
        assertThat(extended.valid()).isFalse();
        assertThat(extended.reason()).startsWith("first root mismatch");
    }

    @Test
    void aTamperedConsistencyProofFails() {
        MerkleLog log = logOf(entries(50));
        for (int i = 0; i < log.consistencyProof(13, 50).size(); i++) {
            List<byte[]> proof = log.consistencyProof(13, 50);
            proof.get(i)[0] ^= 1;
            assertThat(Proofs.verifyConsistency(13, 50, log.rootHash(13), log.rootHash(), proof).valid()).isFalse();
        }
        List<byte[]> proof = log.consistencyProof(13, 50);
        assertThat(Proofs.verifyConsistency(13, 50, log.rootHash(13), log.rootHash(), proof.subList(0, proof.size() - 1)).valid()).isFalse();
        assertThat(Proofs.verifyConsistency(13, 50, log.rootHash(13), log.rootHash(), List.of()).reason()).startsWith("empty consistency proof");
        assertThat(Proofs.verifyConsistency(14, 50, log.rootHash(13), log.rootHash(), proof).valid()).isFalse();
    }

    @Test
    void refusesProofsOutsideTheLog() {
        MerkleLog log = logOf(entries(5));
        assertThatThrownBy(() -> log.inclusionProof(5, 5)).hasMessageContaining("index 5 is out of range");
        assertThatThrownBy(() -> log.rootHash(6)).hasMessageContaining("tree size 6 is out of range");
        assertThatThrownBy(() -> log.consistencyProof(4, 3)).hasMessageContaining("first size 4");
    }

    @Test
    void appendTouchesOnlyTheNodesOfTheClosedSubtrees() {
        CountingStore store = new CountingStore();
        MerkleLog log = new MerkleLog(store);
        for (int i = 0; i < 1023; i++) {
            log.append(new byte[] {(byte) i});
        }
        store.reads = 0;
        store.writes = 0;
        log.append(new byte[] {1});
        assertThat(store.writes).isEqualTo(11);
        assertThat(store.reads).isEqualTo(10);
        store.reads = 0;
        log.inclusionProof(517, 1024);
        assertThat(store.reads).isEqualTo(10);
    }

    private static MerkleLog referenceLog() {
        return logOf(REFERENCE_LEAVES.stream().map(HEX::parseHex).toList());
    }

    static MerkleLog logOf(List<byte[]> entries) {
        MerkleLog log = MerkleLog.inMemory();
        entries.forEach(log::append);
        return log;
    }

    static List<byte[]> entries(int count) {
        List<byte[]> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(("entry " + i).getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }

    private static final class CountingStore implements NodeStore {
        private final InMemoryNodeStore delegate = new InMemoryNodeStore();
        int reads;
        int writes;

        @Override
        public long size() {
            return delegate.size();
        }

        @Override
        public byte[] get(int level, long index) {
            reads++;
            return delegate.get(level, index);
        }

        @Override
        public void put(int level, long index, byte[] hash) {
            writes++;
            delegate.put(level, index, hash);
        }
    }
}
