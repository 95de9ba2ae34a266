package uk.casehandover.police.casefile;

import java.time.Instant;
import java.util.UUID;

/** What was handed over for a case, in both directions, and what the recipients acknowledged. */
public interface HandoverLog {

    void sent(CaseFact fact, Instant at);

    void received(CpsStep step, Instant at);

    /** @return false when this service never sent {@code acknowledgedEventId} for the case */
    boolean acknowledged(String urn, UUID acknowledgedEventId, Received acknowledgement, Instant at);

    /** @return false when this service never sent the victim update {@code updateEventId} for the case */
    boolean read(String urn, UUID updateEventId, Received acknowledgement, Instant at);
}
