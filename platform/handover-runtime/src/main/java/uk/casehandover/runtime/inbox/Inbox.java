package uk.casehandover.runtime.inbox;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets a consumer apply each event once: call {@link #firstDelivery} in the same transaction as the change the event
 * causes, and apply the event only when it returns {@code true}. Kafka and the relay deliver at least once; a
 * redelivered (or replayed) event finds its row and is skipped, and a rolled-back change takes its row with it.
 */
public class Inbox {

    private static final String INSERT = "INSERT INTO handover_inbox "
            + "(consumer, event_id, event_type, source_topic, source_partition, source_offset) "
            + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (consumer, event_id) DO NOTHING";

    private final JdbcTemplate jdbc;

    public Inbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that {@code consumer} applies the event, inside the caller's transaction.
     *
     * @return {@code false} when this consumer already applied this event
     * @throws IllegalStateException when no transaction is active
     */
    public boolean firstDelivery(String consumer, UUID eventId, String eventType, String topic, int partition, long offset) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Inbox.firstDelivery must run inside the transaction that applies the event");
        }
        return jdbc.update(INSERT, consumer, eventId, eventType, topic, partition, offset) == 1;
    }

    /** {@link #firstDelivery(String, UUID, String, String, int, long)} for a received message. */
    public boolean firstDelivery(String consumer, HandoverMessage message) {
        return firstDelivery(consumer, message.eventId(), message.eventType(), message.topic(), message.partition(),
                message.offset());
    }
}
