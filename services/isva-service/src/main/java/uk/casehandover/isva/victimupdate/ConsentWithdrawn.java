package uk.casehandover.isva.victimupdate;

import java.util.Set;

/**
 * The police tell this service that a victim withdrew the given scopes; none means every scope. A scope this service
 * does not know is not in the set, so a withdrawal naming only unknown scopes withdraws every scope (the safe side).
 */
public record ConsentWithdrawn(ReceivedHandover handover, String victimId, String isvaServiceId,
        Set<SharingScope> withdrawnScopes) {

    public ConsentKey key() {
        return new ConsentKey(isvaServiceId, handover.urn(), victimId);
    }
}
