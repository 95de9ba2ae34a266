package uk.casehandover.platform.serde;

import java.nio.ByteBuffer;

/**
 * The Confluent wire format: one magic byte {@code 0}, the schema id as a 4-byte big-endian integer, then the Avro
 * binary encoding of the record written with that schema. Anything else is rejected with a
 * {@link WireFormatException} naming what was wrong; no record is silently skipped.
 */
public final class WireFormat {

    public static final byte MAGIC_BYTE = 0x0;
    public static final int HEADER_LENGTH = 5;

    private WireFormat() {
    }

    /** The framed bytes: header for {@code schemaId} followed by {@code avroBinary}. */
    public static byte[] frame(int schemaId, byte[] avroBinary) {
        return ByteBuffer.allocate(HEADER_LENGTH + avroBinary.length)
                .put(MAGIC_BYTE)
                .putInt(schemaId)
                .put(avroBinary)
                .array();
    }

    /** Writes the header for {@code schemaId} into a fresh 5-byte array. */
    public static byte[] header(int schemaId) {
        return ByteBuffer.allocate(HEADER_LENGTH).put(MAGIC_BYTE).putInt(schemaId).array();
    }

    /** Reads the header of {@code data}; the Avro payload is {@code data[HEADER_LENGTH..]}. */
    public static Framed read(byte[] data, RecordLocation location) {
        if (data.length < HEADER_LENGTH) {
            throw new WireFormatException(WireFormatException.Reason.TOO_SHORT,
                    "Record of " + data.length + " byte(s) is shorter than the " + HEADER_LENGTH
                            + "-byte Confluent header (magic byte + 4-byte schema id)", location);
        }
        if (data[0] != MAGIC_BYTE) {
            throw new WireFormatException(WireFormatException.Reason.UNKNOWN_MAGIC_BYTE,
                    "Unknown magic byte 0x" + String.format("%02x", data[0] & 0xff)
                            + ": expected 0x00, the Confluent wire format", location);
        }
        int schemaId = ByteBuffer.wrap(data, 1, 4).getInt();
        return new Framed(schemaId, data, HEADER_LENGTH, data.length - HEADER_LENGTH);
    }

    /** A framed record: its schema id and where its Avro payload lies in {@code data}. */
    public record Framed(int schemaId, byte[] data, int payloadOffset, int payloadLength) {
    }
}
