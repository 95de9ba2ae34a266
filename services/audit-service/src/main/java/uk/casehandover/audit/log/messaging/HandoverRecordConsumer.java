package uk.casehandover.audit.log.messaging;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import uk.casehandover.audit.log.application.AuditLog;
import uk.casehandover.audit.log.HandoverFacts;
import uk.casehandover.audit.log.ReceivedRecord;

/**
 * Appends each record of a handover topic to the log once, hashing its value exactly as it was on Kafka. A record
 * that cannot be read as a handover goes to {@code <topic>.audit-service.dlt} with its reason after one attempt.
 */
public class HandoverRecordConsumer {

    private static final Logger log = LoggerFactory.getLogger(HandoverRecordConsumer.class);

    private final AuditLog auditLog;
    private final HandoverDecoder decoder;

    HandoverRecordConsumer(AuditLog auditLog, HandoverDecoder decoder) {
        this.auditLog = auditLog;
        this.decoder = decoder;
    }

    public void accept(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        String topic = String.valueOf(headers.get(KafkaHeaders.RECEIVED_TOPIC));
        int partition = ((Number) headers.get(KafkaHeaders.RECEIVED_PARTITION)).intValue();
        long offset = ((Number) headers.get(KafkaHeaders.OFFSET)).longValue();
        Object timestamp = headers.get(KafkaHeaders.RECEIVED_TIMESTAMP);
        Instant recordTimestamp = timestamp instanceof Number millis ? Instant.ofEpochMilli(millis.longValue()) : Instant.EPOCH;
        byte[] value = message.getPayload();
        HandoverFacts facts = decoder.facts(topic, partition, offset, value);
        auditLog.append(new ReceivedRecord(topic, partition, offset, recordTimestamp, value, facts))
                .ifPresent(index -> log.debug("{} {} from {}-{}@{} is entry {}", facts.eventType(), facts.eventId(), topic,
                        partition, offset, index));
    }
}
