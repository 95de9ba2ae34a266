package uk.casehandover.platform.serde;

/** Kafka header names used across the platform. Values are UTF-8 strings. */
public final class EventHeaders {

    /** The Avro full name of the record in the value, e.g. {@code uk.casehandover.police.v1.CaseFileSubmitted}. */
    public static final String EVENT_TYPE = "eventType";

    /** The event's own id, used by consumers to drop duplicates. */
    public static final String EVENT_ID = "eventId";

    private EventHeaders() {
    }
}
