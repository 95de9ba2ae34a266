package uk.casehandover.verifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import uk.casehandover.transparency.HandoverEntry;
import uk.casehandover.transparency.LogSigner;
import uk.casehandover.transparency.MerkleLog;
import uk.casehandover.transparency.SignedTreeHead;
import uk.casehandover.transparency.TreeHead;

/** A log of synthetic handover records built with the library, and its documents written as audit-service serves them. */
final class LogDocuments {

    final LogSigner signer;
    final List<byte[]> records = new ArrayList<>();
    final List<HandoverEntry> entries = new ArrayList<>();
    final MerkleLog log = MerkleLog.inMemory();
    private final Path directory;

    LogDocuments(LogSigner signer, Path directory) {
        this.signer = signer;
        this.directory = directory;
    }

    static byte[] aRecord(int i) {
        return ("synthetic avro record " + i + " for case 01ZD" + String.format("%07d", i)).getBytes(StandardCharsets.UTF_8);
    }

    static HandoverEntry anEntryFor(byte[] record, int i) {
        Instant at = Instant.parse("2026-11-02T09:00:00Z").plusSeconds(60L * i);
        return new HandoverEntry(HandoverEntry.recordHash(record), "handover.police-to-cps", i % 3, i / 3,
                new java.util.UUID(0x5eed, i).toString(), "uk.casehandover.police.v1.CaseFileSubmitted",
                "01ZD" + String.format("%07d", i), "POLICE", "01", at, at.plusMillis(3), at.plusMillis(40));
    }

    LogDocuments append(int count) {
        for (int i = 0; i < count; i++) {
            int n = records.size();
            byte[] record = aRecord(n);
            append(record, anEntryFor(record, n));
        }
        return this;
    }

    LogDocuments append(byte[] record, HandoverEntry entry) {
        records.add(record);
        entries.add(entry);
        log.append(entry.leafData());
        return this;
    }

    /** The same entries with one left out, as a dishonest operator would rebuild the tree. */
    LogDocuments without(int index) {
        LogDocuments rewritten = new LogDocuments(signer, directory);
        for (int i = 0; i < entries.size(); i++) {
            if (i != index) {
                rewritten.append(records.get(i), entries.get(i));
            }
        }
        return rewritten;
    }

    LogDocuments swapped(int a, int b) {
        LogDocuments rewritten = new LogDocuments(signer, directory);
        for (int i = 0; i < entries.size(); i++) {
            int from = i == a ? b : i == b ? a : i;
            rewritten.append(records.get(from), entries.get(from));
        }
        return rewritten;
    }

    SignedTreeHead head() {
        return head(log.size());
    }

    SignedTreeHead head(long size) {
        return signer.sign(new TreeHead(size, 1_793_000_000_000L + size, log.rootHash(size)));
    }

    Path headFile(SignedTreeHead head, String name) {
        return write(name, headJson(head, signer));
    }

    static String headJson(SignedTreeHead head, LogSigner signer) {
        return "{\"treeSize\":" + head.treeSize() + ",\"timestamp\":" + head.head().timestamp() + ",\"rootHash\":\""
                + b64(head.head().rootHash()) + "\",\"signature\":\"" + b64(head.signature()) + "\",\"logId\":\"" + signer.logId()
                + "\",\"publicKey\":\"" + signer.publicKey().base64() + "\"}";
    }

    Path inclusionProofFile(int index, long treeSize, String name) {
        return write(name, inclusionProofJson(index, treeSize, entries.get(index)));
    }

    String inclusionProofJson(int index, long treeSize, HandoverEntry served) {
        return "{\"leafIndex\":" + index + ",\"treeSize\":" + treeSize + ",\"leafHash\":\"" + b64(log.leafHash(index))
                + "\",\"auditPath\":" + array(log.inclusionProof(index, treeSize)) + ",\"entry\":" + entryJson(index, served) + "}";
    }

    static String entryJson(long index, HandoverEntry e) {
        return "{\"index\":" + index + ",\"recordSha256\":\"" + e.recordSha256Hex() + "\",\"topic\":\"" + e.topic()
                + "\",\"partition\":" + e.partition() + ",\"offset\":" + e.offset() + ",\"eventId\":\"" + e.eventId()
                + "\",\"eventType\":\"" + e.eventType() + "\",\"urn\":\"" + e.urn() + "\",\"producingAgency\":\""
                + e.producingAgency() + "\",\"producerId\":\"" + e.producerId() + "\",\"occurredAt\":\"" + e.occurredAt()
                + "\",\"recordTimestamp\":\"" + e.recordTimestamp() + "\",\"loggedAt\":\"" + e.loggedAt() + "\"}";
    }

    Path consistencyProofFile(long from, long to, String name) {
        return write(name, "{\"from\":" + from + ",\"to\":" + to + ",\"proof\":" + array(log.consistencyProof(from, to)) + "}");
    }

    Path recordFile(int index, String name) {
        return write(name, records.get(index));
    }

    Path write(String name, String json) {
        return write(name, json.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] content) {
        try {
            return Files.write(directory.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String array(List<byte[]> hashes) {
        return hashes.stream().map(h -> "\"" + b64(h) + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
