package uk.casehandover.police.casefile;

import java.time.Instant;
import java.util.Set;

/** The victim's standing consent to share with one ISVA service, limited to the scopes agreed. */
public record VictimConsent(String isvaServiceId, Set<SharingScope> scopes, Instant givenAt) {

    public VictimConsent {
        scopes = Set.copyOf(scopes);
    }

    public boolean allows(SharingScope scope) {
        return scopes.contains(scope);
    }
}
