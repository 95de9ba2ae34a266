package uk.casehandover.isva.victimupdate;

import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import uk.casehandover.platform.test.HandoverWire;
import uk.casehandover.schemas.Topics;

/**
 * The police as the ISVA service meets them on the real topics: they send on {@code handover.police-to-isva} with a
 * plain producer, and read what comes back on {@code handover.isva-to-police}. Tests share the topics, so each reads
 * only its own case (URN).
 */
final class PoliceSide implements AutoCloseable {

    private final HandoverWire wire;
    private final HandoverWire.Reader replies;

    PoliceSide(Map<String, Object> kafkaClient, String registryUrl) {
        wire = new HandoverWire(kafkaClient, registryUrl);
        replies = wire.reader(Topics.ISVA_TO_POLICE);
    }

    /** Sends a police event keyed by its URN with the eventId header, and waits until Kafka has it. */
    void send(SpecificRecord event) {
        wire.send(Topics.POLICE_TO_ISVA, event);
    }

    /** Sends bytes that are not in the Confluent wire format (bad magic byte). */
    void sendGarbage(String urn) {
        wire.sendMalformed(Topics.POLICE_TO_ISVA, urn);
    }

    /** Everything the ISVA service sent back about this case so far. */
    List<SpecificRecord> repliesAbout(String urn) {
        return replies.eventsAbout(urn);
    }

    <T extends SpecificRecord> List<T> repliesAbout(String urn, Class<T> type) {
        return replies.eventsAbout(urn, type);
    }

    /** Reads a dead-letter topic: {@code about(urn)} gives the case's dead letters so far, as the bytes sent and their headers. */
    HandoverWire.Reader deadLetterReader(String topic) {
        return wire.rawReader(topic);
    }

    @Override
    public void close() {
        wire.close();
        replies.close();
    }
}
