package uk.casehandover.police.it;

import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import uk.casehandover.platform.test.HandoverWire;
import uk.casehandover.schemas.Topics;

/**
 * CPS and the ISVA service as the police service meets them on the real topics: they send with a plain producer and
 * read what the police sent them with a plain consumer. Tests share the topics, so each reads only its own URN.
 */
final class OtherAgencies implements AutoCloseable {

    private final HandoverWire wire;
    private final HandoverWire.Reader toCps;
    private final HandoverWire.Reader toIsva;

    OtherAgencies(Map<String, Object> kafkaClient, String registryUrl) {
        wire = new HandoverWire(kafkaClient, registryUrl);
        toCps = wire.reader(Topics.POLICE_TO_CPS);
        toIsva = wire.reader(Topics.POLICE_TO_ISVA);
    }

    /** CPS sends an event on handover.cps-to-police, keyed by its URN, with the eventId header. */
    void cpsSends(SpecificRecord event) {
        wire.send(Topics.CPS_TO_POLICE, event);
    }

    /** The ISVA service sends an event on handover.isva-to-police. */
    void isvaSends(SpecificRecord event) {
        wire.send(Topics.ISVA_TO_POLICE, event);
    }

    /** Bytes that are not in the Confluent wire format (bad magic byte). */
    void sendGarbage(String topic, String urn) {
        wire.sendMalformed(topic, urn);
    }

    List<SpecificRecord> cpsReceived(String urn) {
        return toCps.eventsAbout(urn);
    }

    <T> List<T> cpsReceived(String urn, Class<T> type) {
        return toCps.eventsAbout(urn, type);
    }

    List<SpecificRecord> isvaReceived(String urn) {
        return toIsva.eventsAbout(urn);
    }

    <T> List<T> isvaReceived(String urn, Class<T> type) {
        return toIsva.eventsAbout(urn, type);
    }

    HandoverWire.Reader deadLetters(String topic) {
        return wire.rawReader(topic);
    }

    @Override
    public void close() {
        wire.close();
        toCps.close();
        toIsva.close();
    }
}
