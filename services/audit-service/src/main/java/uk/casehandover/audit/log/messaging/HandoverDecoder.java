package uk.casehandover.audit.log.messaging;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import uk.casehandover.audit.log.HandoverFacts;
import uk.casehandover.common.v1.HandoverAcknowledged;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.cps.v1.CaseFileReceiptAcknowledged;
import uk.casehandover.isva.v1.VictimUpdateAcknowledged;
import uk.casehandover.platform.serde.ConfluentAvroDeserializer;
import uk.casehandover.platform.serde.SchemaRegistryUnreachableException;
import uk.casehandover.schemas.HandoverTopic;

/**
 * Reads a handover's facts from a copy of its exact bytes with the platform's Confluent deserializer. The bytes the
 * log hashes are never touched. A value that is not a handover (not the wire format, an unknown schema, no
 * HandoverMetadata) is {@link UndecodableRecordException}; an unreachable registry is not, so it is retried.
 */
class HandoverDecoder {

    private final ConfluentAvroDeserializer deserializer;

    HandoverDecoder(Map<String, ?> config) {
        deserializer = new ConfluentAvroDeserializer();
        deserializer.configure(config, false);
    }

    HandoverFacts facts(String topic, int partition, long offset, byte[] value) {
        String where = topic + "-" + partition + "@" + offset;
        if (value == null || value.length == 0) {
            throw new UndecodableRecordException("record " + where + " has no value", null);
        }
        Object decoded;
        try {
            decoded = deserializer.deserialize(topic, value.clone());
        } catch (SchemaRegistryUnreachableException retry) {
            throw retry;
        } catch (RuntimeException undecodable) {
            throw new UndecodableRecordException("record " + where + " cannot be decoded: " + undecodable.getMessage(), undecodable);
        }
        if (!(decoded instanceof SpecificRecord event) || event.getSchema().getFields().isEmpty()
                || !(event.get(0) instanceof HandoverMetadata metadata)) {
            throw new UndecodableRecordException("record " + where + " is not a handover event (no HandoverMetadata first)", null);
        }
        return new HandoverFacts(metadata.getEventId().toString(), event.getSchema().getFullName(), metadata.getUrn(),
                metadata.getProducingAgency().name(), metadata.getProducerId(), metadata.getOccurredAt(), receiver(topic),
                acknowledged(event));
    }

    /** The agency a handover topic delivers to (a test topic {@code <handover topic>-<n>} counts as that topic), or UNKNOWN. */
    static String receiver(String topic) {
        return HandoverTopic.byName(topic).or(() -> HandoverTopic.byName(topic.replaceFirst("-\\d+$", "")))
                .map(handoverTopic -> handoverTopic.receiver().name()).orElse("UNKNOWN");
    }

    private static String acknowledged(SpecificRecord event) {
        if (event instanceof HandoverAcknowledged ack) {
            return ack.getAcknowledgedEventId().toString();
        }
        if (event instanceof CaseFileReceiptAcknowledged receipt) {
            return receipt.getCaseFileEventId().toString();
        }
        if (event instanceof VictimUpdateAcknowledged ack) {
            return ack.getUpdateEventId().toString();
        }
        return null;
    }
}
