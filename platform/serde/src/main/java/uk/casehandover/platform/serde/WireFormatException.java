package uk.casehandover.platform.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * Bytes that are not a well-formed Confluent-framed Avro record. Carries the {@link Reason} and the
 * {@link RecordLocation} so that a consumer can report or dead-letter the record rather than crash on it.
 */
public class WireFormatException extends SerializationException {

    private static final long serialVersionUID = 1L;

    /** What was wrong with the bytes. */
    public enum Reason {
        UNKNOWN_MAGIC_BYTE,
        TOO_SHORT,
        TRUNCATED_AVRO_DATA,
        MALFORMED_AVRO_DATA,
        TRAILING_BYTES
    }

    private final Reason reason;
    private final RecordLocation location;

    public WireFormatException(Reason reason, String message, RecordLocation location, Throwable cause) {
        super(message + location.describe(), cause);
        this.reason = reason;
        this.location = location;
    }

    public WireFormatException(Reason reason, String message, RecordLocation location) {
        this(reason, message, location, null);
    }

    public Reason reason() {
        return reason;
    }

    public RecordLocation location() {
        return location;
    }
}
