package uk.casehandover.cps.casefile;

import java.time.Instant;
import java.util.UUID;

/** The auditable history of every handover of a case, in both directions, with event ids. */
public interface HandoverLog {

    enum Direction { RECEIVED, SENT }

    record Entry(String urn, Direction direction, String eventType, Envelope envelope) {
    }

    void record(Entry entry);

    /** Marks a sent event as acknowledged by the police; false when this case never sent that event. */
    boolean markAcknowledged(String urn, UUID sentEventId, UUID acknowledgementEventId, Instant at);
}
