package uk.casehandover.isva.victimupdate;

import java.util.UUID;

/** No such update for the ISVA service asking: unknown, purged, or another service's (never told apart). */
public class UpdateNotFound extends RuntimeException {

    public UpdateNotFound(UUID updateId) {
        super("no update " + updateId + " for this ISVA service");
    }
}
