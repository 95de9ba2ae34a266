package uk.casehandover.isva.victimupdate.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.casehandover.isva.victimupdate.PoliceContact;
import uk.casehandover.isva.victimupdate.VictimUpdate;

/**
 * A victim update as an ISVA person sees it: the minimised fields the police sent (those in the victim's consented
 * scopes; others are null or empty), the case, and whether someone here has read it. Nothing else.
 */
public record VictimUpdateView(
        UUID updateId,
        String urn,
        String victimId,
        String milestone,
        LocalDate milestoneDate,
        String nextStep,
        String outcomeType,
        List<String> safetyBailConditions,
        PoliceContactView policeContact,
        Instant receivedAt,
        boolean acknowledged,
        Instant acknowledgedAt) {

    public record PoliceContactView(String team, String telephone, String email) {

        static PoliceContactView of(PoliceContact contact) {
            return new PoliceContactView(contact.team(), contact.telephone(), contact.email());
        }
    }

    static VictimUpdateView of(VictimUpdate update) {
        return new VictimUpdateView(update.updateId(), update.key().urn(), update.key().victimId(), update.milestone(),
                update.milestoneDate(), update.nextStep(), update.outcomeType(), update.safetyBailConditions(),
                PoliceContactView.of(update.policeContact()), update.receivedAt(), update.acknowledged(),
                update.acknowledged() ? update.acknowledgement().at() : null);
    }
}
