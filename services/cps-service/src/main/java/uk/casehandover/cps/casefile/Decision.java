package uk.casehandover.cps.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.casehandover.cps.casefile.Vocabulary.ChargingOutcome;
import uk.casehandover.cps.casefile.Vocabulary.TestType;

/** A charging decision as made. victimRightToReviewDeadline is set for no-further-action outcomes only. */
public record Decision(UUID eventId, ChargingOutcome outcome, List<Charge> charges, TestType testApplied,
        String rationale, LocalDate victimRightToReviewDeadline) {

    public Decision {
        charges = List.copyOf(charges);
    }

    /** One offence charged against one suspect. */
    public record Charge(String cjsOffenceCode, String suspectPncId) {
    }
}
