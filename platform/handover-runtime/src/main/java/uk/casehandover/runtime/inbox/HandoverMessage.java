package uk.casehandover.runtime.inbox;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.schemas.Topics;

/**
 * A handover event as a Spring Cloud Stream consumer received it: where it came from (topic, partition, offset),
 * its identity (eventId and eventType from the event's metadata, else from the {@code eventId} / {@code eventType}
 * headers) and the decoded event.
 */
public record HandoverMessage(String topic, int partition, long offset, UUID eventId, String eventType,
        SpecificRecord event) {

    public HandoverMessage {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(event, "event");
    }

    /**
     * Reads a message received from the Kafka binder with native decoding.
     *
     * @throws IllegalArgumentException when the payload is not an Avro specific record or a header is missing
     */
    public static HandoverMessage of(Message<?> message) {
        if (!(message.getPayload() instanceof SpecificRecord event)) {
            throw new IllegalArgumentException("payload must be a decoded Avro SpecificRecord, got "
                    + message.getPayload().getClass().getName());
        }
        MessageHeaders headers = message.getHeaders();
        String topic = text(required(headers, KafkaHeaders.RECEIVED_TOPIC));
        int partition = ((Number) required(headers, KafkaHeaders.RECEIVED_PARTITION)).intValue();
        long offset = ((Number) required(headers, KafkaHeaders.OFFSET)).longValue();
        UUID eventId;
        if (event.getSchema().getFields().size() > 0 && event.get(0) instanceof HandoverMetadata metadata) {
            eventId = metadata.getEventId();
        } else {
            eventId = UUID.fromString(text(required(headers, Topics.HEADER_EVENT_ID)));
        }
        Object typeHeader = headers.get(Topics.HEADER_EVENT_TYPE);
        String eventType = typeHeader != null ? text(typeHeader) : event.getSchema().getFullName();
        return new HandoverMessage(topic, partition, offset, eventId, eventType, event);
    }

    private static Object required(MessageHeaders headers, String name) {
        Object value = headers.get(name);
        if (value == null) {
            throw new IllegalArgumentException("message has no '" + name + "' header");
        }
        return value;
    }

    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
    }
}
