package uk.casehandover.isva.victimupdate;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: where kept updates live. Every lookup is scoped to the ISVA service asking. */
public interface VictimUpdateStore {

    /** Keeps a new update; an update already kept under its id is left as it is. */
    void add(VictimUpdate update);

    /** Replaces a kept update's content and acknowledgement. */
    void replace(VictimUpdate update);

    List<VictimUpdate> of(ConsentKey key);

    /** Deletes every update kept for a victim in a case for one service; returns how many. */
    int removeAll(ConsentKey key);

    List<VictimUpdate> list(String isvaServiceId, String urn, UpdateOrder order);

    Optional<VictimUpdate> find(String isvaServiceId, UUID updateId);

    /** As {@link #find}, holding the update against concurrent change until the transaction ends. */
    Optional<VictimUpdate> findForChange(String isvaServiceId, UUID updateId);
}
