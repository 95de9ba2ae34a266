package uk.casehandover.isva.victimupdate.web;

import java.time.Instant;
import java.util.List;
import uk.casehandover.isva.victimupdate.Consent;
import uk.casehandover.isva.victimupdate.ConsentStatus;
import uk.casehandover.isva.victimupdate.SharingScope;

/** Where a victim's consent stands for the ISVA service asking, in one case. */
public record ConsentView(String urn, String victimId, ConsentStatus status, List<SharingScope> scopes,
        Instant givenAt, Instant withdrawnAt) {

    static ConsentView of(Consent consent) {
        return new ConsentView(consent.key().urn(), consent.key().victimId(), consent.status(),
                consent.scopes().stream().sorted().toList(), consent.givenAt(), consent.withdrawnAt());
    }
}
