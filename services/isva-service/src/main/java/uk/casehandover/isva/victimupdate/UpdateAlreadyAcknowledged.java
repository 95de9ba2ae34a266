package uk.casehandover.isva.victimupdate;

import java.time.Instant;
import java.util.UUID;

/** An illegal step: the update was already acknowledged, so nothing is sent again. */
public class UpdateAlreadyAcknowledged extends RuntimeException {

    private final transient Instant acknowledgedAt;

    public UpdateAlreadyAcknowledged(UUID updateId, Instant acknowledgedAt) {
        super("update " + updateId + " is already acknowledged (at " + acknowledgedAt + ")");
        this.acknowledgedAt = acknowledgedAt;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }
}
