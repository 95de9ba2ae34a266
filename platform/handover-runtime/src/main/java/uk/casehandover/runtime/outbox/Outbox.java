package uk.casehandover.runtime.outbox;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.schemas.HandoverTopic;
import uk.casehandover.schemas.HandoverValidation;
import uk.casehandover.schemas.identifiers.Violation;

/**
 * Appends an outgoing handover event to the outbox inside the caller's transaction, so that the event is published
 * if and only if the state change it describes commits. The event is validated against the topic's contract,
 * serialized in the Confluent wire format (TopicRecordNameStrategy), inserted and deleted again in the same
 * transaction: the relay reads the insert from the WAL, the table stays empty.
 *
 * <p>The topic must be a handover topic ({@link HandoverTopic}). With {@code casehandover.outbox.accept-suffixed-topics}
 * (tests only) a topic {@code <handover topic>-<n>} is validated as that handover topic, so a test can route to a
 * topic of its own.
 */
public class Outbox {

    private static final Pattern SUFFIX = Pattern.compile("-[0-9]+$");
    private static final String INSERT = "INSERT INTO handover_outbox (id, aggregatetype, aggregateid, type, payload, occurred_at) "
            + "VALUES (?, ?, ?, ?, ?, ?)";
    private static final String DELETE = "DELETE FROM handover_outbox WHERE id = ?";

    private final JdbcTemplate jdbc;
    private final Serializer<Object> serializer;
    private final boolean acceptSuffixedTopics;

    public Outbox(JdbcTemplate jdbc, Serializer<Object> serializer, boolean acceptSuffixedTopics) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.acceptSuffixedTopics = acceptSuffixedTopics;
    }

    /**
     * Appends {@code event} for publication on {@code topic} when the current transaction commits.
     *
     * @throws IllegalStateException when no transaction is active
     * @throws InvalidHandoverException when the event may not travel on the topic as it is (nothing is written)
     */
    public void append(String topic, SpecificRecord event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.append must run inside a transaction (e.g. @Transactional), "
                    + "together with the state change the event describes");
        }
        String eventType = event.getSchema().getFullName();
        List<Violation> violations = HandoverValidation.validate(contractTopic(topic), event);
        if (!violations.isEmpty()) {
            throw new InvalidHandoverException(topic, eventType, violations);
        }
        HandoverMetadata metadata = (HandoverMetadata) event.get(0);
        byte[] payload = serializer.serialize(topic, new RecordHeaders(), event);
        UUID eventId = metadata.getEventId();
        jdbc.update(INSERT, eventId, topic, metadata.getUrn(), eventType, payload,
                Timestamp.from(metadata.getOccurredAt()));
        jdbc.update(DELETE, eventId);
    }

    private String contractTopic(String topic) {
        if (acceptSuffixedTopics && HandoverTopic.byName(topic).isEmpty()) {
            String base = SUFFIX.matcher(topic).replaceFirst("");
            return HandoverTopic.byName(base).map(HandoverTopic::topicName).orElse(topic);
        }
        return topic;
    }
}
