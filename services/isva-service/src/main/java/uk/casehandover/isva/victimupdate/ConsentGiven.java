package uk.casehandover.isva.victimupdate;

import java.util.Set;

/** The police tell this service that a victim consented to sharing the given scopes with it. */
public record ConsentGiven(ReceivedHandover handover, String victimId, String isvaServiceId, Set<SharingScope> scopes) {

    public ConsentKey key() {
        return new ConsentKey(isvaServiceId, handover.urn(), victimId);
    }
}
