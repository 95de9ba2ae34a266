package uk.casehandover.transparency;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One entry of the handover audit log: the SHA-256 of a Kafka record's exact value bytes and where and what it was.
 * Its Merkle leaf is {@link #leafData()}, a canonical byte encoding that anyone holding the record and these fields
 * can rebuild:
 *
 * <pre>
 * byte      format version, 1
 * byte[32]  recordSha256      SHA-256 of the record value exactly as it was on Kafka
 * string    topic
 * int32     partition
 * int64     offset
 * string    eventId
 * string    eventType         the Avro full name
 * string    urn
 * string    producingAgency   the Agency symbol, e.g. POLICE
 * string    producerId        the producing organisation's id (force code, CPS Area, ISVA service)
 * int64     occurredAt        epoch milliseconds
 * int64     recordTimestamp   the Kafka record timestamp, epoch milliseconds
 * int64     loggedAt          when the log appended it, epoch milliseconds
 * </pre>
 *
 * Integers are big-endian two's complement; a string is a uint32 byte length then its UTF-8 bytes. Instants are kept
 * to the millisecond so that the encoding and the served JSON agree.
 */
public record HandoverEntry(byte[] recordSha256, String topic, int partition, long offset, String eventId, String eventType,
        String urn, String producingAgency, String producerId, Instant occurredAt, Instant recordTimestamp, Instant loggedAt) {

    public static final byte FORMAT_VERSION = 1;

    public HandoverEntry {
        Hashing.requireHash(recordSha256, "recordSha256");
        recordSha256 = recordSha256.clone();
        require(topic, "topic");
        require(eventId, "eventId");
        require(eventType, "eventType");
        require(urn, "urn");
        require(producingAgency, "producingAgency");
        require(producerId, "producerId");
        if (partition < 0 || offset < 0) {
            throw new IllegalArgumentException("partition and offset must not be negative");
        }
        occurredAt = millis(occurredAt, "occurredAt");
        recordTimestamp = millis(recordTimestamp, "recordTimestamp");
        loggedAt = millis(loggedAt, "loggedAt");
    }

    /** SHA-256 of a record's value bytes. */
    public static byte[] recordHash(byte[] recordValue) {
        return Hashing.sha256(recordValue);
    }

    @Override
    public byte[] recordSha256() {
        return recordSha256.clone();
    }

    public String recordSha256Hex() {
        return HexFormat.of().formatHex(recordSha256);
    }

    /** Whether these are the bytes this entry was made from. */
    public boolean describes(byte[] recordValue) {
        return MessageDigest.isEqual(recordHash(recordValue), recordSha256);
    }

    /** The canonical encoding above: the entry's Merkle leaf data. */
    public byte[] leafData() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT_VERSION);
            out.write(recordSha256);
            string(out, topic);
            out.writeInt(partition);
            out.writeLong(offset);
            string(out, eventId);
            string(out, eventType);
            string(out, urn);
            string(out, producingAgency);
            string(out, producerId);
            out.writeLong(occurredAt.toEpochMilli());
            out.writeLong(recordTimestamp.toEpochMilli());
            out.writeLong(loggedAt.toEpochMilli());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    /** H(0x00 || leafData). */
    public byte[] leafHash() {
        return Hashing.leafHash(leafData());
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static void require(String value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private static Instant millis(Instant value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HandoverEntry entry && java.util.Arrays.equals(entry.leafData(), leafData());
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(leafData());
    }

    @Override
    public String toString() {
        return "HandoverEntry[" + eventType + " " + eventId + " " + topic + "-" + partition + "@" + offset + "]";
    }
}
