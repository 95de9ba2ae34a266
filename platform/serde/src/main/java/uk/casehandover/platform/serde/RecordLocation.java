package uk.casehandover.platform.serde;

import java.io.Serializable;

/**
 * Where a serialized record came from, as far as it is known, so that a decoding error can name it.
 * A Kafka {@code Deserializer} only knows the topic; the consumer adds partition and offset to the exception it
 * throws around ours ({@code RecordDeserializationException}). Callers that decode raw bytes themselves pass all three.
 * Serializable, like the exceptions that carry it: spring-kafka's ErrorHandlingDeserializer Java-serializes the
 * deserializer's exception into a header, and the dead letter's reason comes from there.
 */
public record RecordLocation(String topic, Integer partition, Long offset) implements Serializable {

    public static RecordLocation unknown() {
        return new RecordLocation(null, null, null);
    }

    public static RecordLocation ofTopic(String topic) {
        return new RecordLocation(topic, null, null);
    }

    public static RecordLocation of(String topic, int partition, long offset) {
        return new RecordLocation(topic, partition, offset);
    }

    /** For messages: {@code " (topic t, partition 0, offset 42)"}, or empty when nothing is known. */
    public String describe() {
        if (topic == null && partition == null && offset == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(" (");
        text.append("topic ").append(topic == null ? "unknown" : topic);
        if (partition != null) {
            text.append(", partition ").append(partition);
        }
        if (offset != null) {
            text.append(", offset ").append(offset);
        }
        return text.append(')').toString();
    }
}
