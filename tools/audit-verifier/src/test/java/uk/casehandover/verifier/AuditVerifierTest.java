package uk.casehandover.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casehandover.transparency.HandoverEntry;
import uk.casehandover.transparency.LogSigner;
import uk.casehandover.transparency.SignedTreeHead;

class AuditVerifierTest {

    @TempDir
    Path directory;

    private final LogSigner signer = LogSigner.generate();
    private LogDocuments log;
    private String key;
    private String output;

    @BeforeEach
    void aLogOfTwentyHandovers() {
        log = new LogDocuments(signer, directory).append(20);
        key = signer.publicKey().base64();
    }

    @Test
    void verifiesARecordsExactBytesWithOnlyThePublicKey() {
        int exit = run("verify-inclusion", "--tree-head", log.headFile(log.head(), "head.json"),
                "--proof", log.inclusionProofFile(7, 20, "proof.json"), "--record", log.recordFile(7, "record.bin"),
                "--public-key", log.write("key.b64", key));
        assertThat(exit).isZero();
        assertThat(output).startsWith("verified: entry 7").contains(signer.logId()).contains("tree size 20");
    }

    @Test
    void verifiesAnEntryHashAndAcceptsThePublicKeyAsBase64OrPem() {
        String leaf = HexFormat.of().formatHex(log.entries.get(3).leafHash());
        assertThat(run("verify-inclusion", "--tree-head", log.headFile(log.head(), "head.json"),
                "--proof", log.inclusionProofFile(3, 20, "proof.json"), "--entry-hash", leaf, "--public-key", key)).isZero();
        Path pem = log.write("key.pem", "-----BEGIN PUBLIC KEY-----\n" + key + "\n-----END PUBLIC KEY-----\n");
        assertThat(run("verify-inclusion", "--tree-head", log.headFile(log.head(), "head.json"),
                "--proof", log.inclusionProofFile(3, 20, "proof.json"), "--entry-hash", leaf, "--public-key", pem)).isZero();
    }

    @Test
    void detectsAnAlteredRecord() {
        byte[] altered = log.records.get(7).clone();
        altered[altered.length - 1] ^= 1;
        int exit = run("verify-inclusion", "--tree-head", log.headFile(log.head(), "head.json"),
                "--proof", log.inclusionProofFile(7, 20, "proof.json"), "--record", log.write("record.bin", altered),
                "--public-key", key);
        assertThat(exit).isEqualTo(1);
        assertThat(output).startsWith("FAILED: record: its SHA-256 is");
    }

    @Test
    void detectsAnAlteredEntryWhetherOrNotTheLogServesItsLeafHash() {
        HandoverEntry e = log.entries.get(7);
        HandoverEntry altered = new HandoverEntry(e.recordSha256(), e.topic(), e.partition(), e.offset(), e.eventId(),
                "uk.casehandover.police.v1.EarlyAdviceRequested", e.urn(), e.producingAgency(), e.producerId(), e.occurredAt(),
                e.recordTimestamp(), e.loggedAt());
        String served = log.inclusionProofJson(7, 20, altered);
        assertThat(run("verify-inclusion", "--tree-head", log.headFile(log.head(), "head.json"), "--proof",
                log.write("proof.json", served), "--record", log.recordFile(7, "record.bin"), "--public-key", key)).isEqualTo(1);
        assertThat(output).startsWith("FAILED: entry: the entry's fields hash to leaf");
        String withoutLeafHash = served.replaceFirst("\"leafHash\":\"[^\"]+\",", "");
        assertThat(run("verify-inclusion", "--tree-head", log.headFile(log.head(), "head.json"), "--proof",
                log.write("proof.json", withoutLeafHash), "--record", log.recordFile(7, "record.bin"), "--public-key", key))
                .isEqualTo(1);
        assertThat(output).startsWith("FAILED: root mismatch");
    }

    @Test
    void detectsARemovedEntry() {
        SignedTreeHead kept = log.head();
        LogDocuments rewritten = log.without(5).append(10);
        // the later record, now at index 5 in the rewritten log, against the head the agency kept
        assertThat(run("verify-inclusion", "--tree-head", log.headFile(kept, "kept.json"), "--proof",
                rewritten.write("proof.json", rewritten.inclusionProofJson(5, 20, rewritten.entries.get(5))),
                "--record", log.recordFile(6, "record.bin"), "--public-key", key)).isEqualTo(1);
        assertThat(output).startsWith("FAILED: root mismatch");
        assertThat(run("verify-consistency", "--old-head", log.headFile(kept, "old.json"), "--new-head",
                rewritten.headFile(rewritten.head(), "new.json"), "--proof", rewritten.consistencyProofFile(20, 29, "c.json"),
                "--public-key", key)).isEqualTo(1);
        assertThat(output).startsWith("FAILED: first root mismatch").contains("rewritten or forked");
    }

    @Test
    void detectsReorderedEntries() {
        SignedTreeHead kept = log.head();
        LogDocuments rewritten = log.swapped(4, 9).append(3);
        assertThat(run("verify-inclusion", "--tree-head", log.headFile(kept, "kept.json"), "--proof",
                rewritten.write("proof.json", rewritten.inclusionProofJson(4, 20, rewritten.entries.get(4))),
                "--record", log.recordFile(9, "record.bin"), "--public-key", key)).isEqualTo(1);
        assertThat(output).startsWith("FAILED: root mismatch");
        assertThat(run("verify-consistency", "--old-head", log.headFile(kept, "old.json"), "--new-head",
                rewritten.headFile(rewritten.head(), "new.json"), "--proof", rewritten.consistencyProofFile(20, 23, "c.json"),
                "--public-key", key)).isEqualTo(1);
        assertThat(output).startsWith("FAILED: first root mismatch");
    }

    @Test
    void detectsAForkedHistory() {
        SignedTreeHead kept = log.head();
        LogDocuments fork = log.without(19);
        byte[] other = "a different synthetic record".getBytes(StandardCharsets.UTF_8);
        fork.append(other, LogDocuments.anEntryFor(other, 19));
        assertThat(run("verify-consistency", "--old-head", log.headFile(kept, "old.json"), "--new-head",
                fork.headFile(fork.head(), "new.json"), "--proof", fork.consistencyProofFile(20, 20, "c.json"),
                "--public-key", key)).isEqualTo(1);
        assertThat(output).startsWith("FAILED: forked history");
    }

    @Test
    void verifiesThatALaterHeadExtendsAnEarlierOne() {
        SignedTreeHead earlier = log.head();
        log.append(1000);
        assertThat(run("verify-consistency", "--old-head", log.headFile(earlier, "old.json"), "--new-head",
                log.headFile(log.head(), "new.json"), "--proof", log.consistencyProofFile(20, 1020, "c.json"),
                "--public-key", key)).isZero();
        assertThat(output).startsWith("verified: the tree of 1020 entries extends the tree of 20 entries");
    }

    @Test
    void refusesAHeadSignedByAnotherKeyOrForAnotherSize() {
        LogSigner impostor = LogSigner.generate();
        SignedTreeHead forged = impostor.sign(log.head().head());
        Path forgedHead = log.write("forged.json", LogDocuments.headJson(forged, signer));
        assertThat(run("verify-inclusion", "--tree-head", forgedHead, "--proof", log.inclusionProofFile(7, 20, "proof.json"),
                "--record", log.recordFile(7, "record.bin"), "--public-key", key)).isEqualTo(1);
        assertThat(output).startsWith("FAILED: tree head signature");
        assertThat(run("verify-inclusion", "--tree-head", log.write("impostor.json", LogDocuments.headJson(forged, impostor)),
                "--proof", log.inclusionProofFile(7, 20, "proof.json"), "--record", log.recordFile(7, "record.bin"),
                "--public-key", key)).isEqualTo(1);
        assertThat(output).startsWith("FAILED: log id");
        assertThat(run("verify-inclusion", "--tree-head", log.headFile(log.head(19), "head.json"), "--proof",
                log.inclusionProofFile(7, 20, "proof.json"), "--record", log.recordFile(7, "record.bin"), "--public-key", key))
                .isEqualTo(1);
        assertThat(output).startsWith("FAILED: tree size: the proof is for a tree of 20 entries, the tree head for 19");
    }

    @Test
    void refusesAnIndexOutOfRange() {
        String proof = log.inclusionProofJson(7, 20, log.entries.get(7)).replace("\"leafIndex\":7", "\"leafIndex\":20");
        assertThat(run("verify-inclusion", "--tree-head", log.headFile(log.head(), "head.json"), "--proof",
                log.write("proof.json", proof), "--entry-hash", LogDocuments.b64(log.entries.get(7).leafHash()),
                "--public-key", key)).isEqualTo(1);
        assertThat(output).startsWith("FAILED: index out of range");
    }

    @Test
    void exitsWithTwoAndSaysWhyWhenTheInputCannotBeRead() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("verify-inclusion", "--tree-head", directory.resolve("missing.json"), "--proof", "x", "--entry-hash",
                "x", "--public-key", key)).isEqualTo(2);
        assertThat(output).contains("error: cannot read");
        assertThat(run("verify-inclusion", "--tree-head", log.write("head.json", "{\"treeSize\": 3"), "--proof", "x",
                "--entry-hash", "x", "--public-key", key)).isEqualTo(2);
        assertThat(output).contains("error: tree head: not valid JSON");
        assertThat(run("verify-inclusion", "--tree-head", log.write("head.json", "{\"treeSize\": \"3\"}"), "--proof", "x",
                "--entry-hash", "x", "--public-key", key)).isEqualTo(2);
        assertThat(output).contains("error: tree head: treeSize must be a number");
        assertThat(run("verify-inclusion", "--public-key", "@@not-a-key@@")).isEqualTo(2);
        assertThat(output).contains("public key");
        assertThat(run("verify-everything")).isEqualTo(2);
        assertThat(output).contains("unknown command");
    }

    private int run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] strings = java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int exit = AuditVerifier.run(strings, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        output = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        return exit;
    }
}
