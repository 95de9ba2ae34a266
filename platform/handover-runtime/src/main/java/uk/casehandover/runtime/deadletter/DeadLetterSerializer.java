package uk.casehandover.runtime.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import uk.casehandover.platform.serde.ConfluentAvroSerializer;

/**
 * Writes a dead letter's key and value as they arrived: bytes unchanged (an undecodable record), a URN key as UTF-8,
 * and an event that had been decoded back in the Confluent wire format (the same schema, so the same bytes).
 */
public class DeadLetterSerializer implements Serializer<Object> {

    private final ConfluentAvroSerializer avro = new ConfluentAvroSerializer();

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        avro.configure(configs, isKey);
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        return serialize(topic, null, data);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, Object data) {
        if (data == null || data instanceof byte[]) {
            return (byte[]) data;
        }
        if (data instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return headers == null ? avro.serialize(topic, data) : avro.serialize(topic, headers, data);
    }

    @Override
    public void close() {
        avro.close();
    }
}
