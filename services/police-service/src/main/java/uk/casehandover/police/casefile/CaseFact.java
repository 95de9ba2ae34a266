package uk.casehandover.police.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.casehandover.victimdata.SealedVictimData;

/**
 * What the police hand over, as facts: each is published (on the topic its recipient reads) in the transaction that
 * changes the case. CPS-bound facts carry case-file material; ISVA-bound ones only consent and the minimised update.
 */
public sealed interface CaseFact {

    Envelope envelope();

    /** Who receives it. */
    Recipient recipient();

    enum Recipient { CPS, ISVA_SERVICE }

    sealed interface ForCps extends CaseFact {
        default Recipient recipient() {
            return Recipient.CPS;
        }
    }

    sealed interface ForIsva extends CaseFact {
        default Recipient recipient() {
            return Recipient.ISVA_SERVICE;
        }

        String isvaServiceId();
    }

    record EarlyAdviceRequested(Envelope envelope, String summary, List<String> linesOfEnquiry,
            String suspectAccountSummary, List<String> questionsForProsecutor, List<Offence> offencesUnderConsideration)
            implements ForCps {
    }

    record CaseFileSubmitted(Envelope envelope, int submissionNumber, CaseCommand.SubmitCaseFile file,
            boolean enhancedRightsVictim, List<String> suspectPncIds, List<Offence> offences, String victimId,
            SealedVictimData victimData) implements ForCps {
    }

    record ActionPlanAnswered(Envelope envelope, int planSequenceNumber, List<CaseCommand.ItemResponse> responses)
            implements ForCps {
    }

    record VictimToldOfDecision(Envelope envelope, String victimId, UUID decisionEventId, Instant toldAt,
            ContactMethod method) implements ForCps {
    }

    /** The police acknowledge a CPS handover they applied. */
    record HandoverAcknowledged(Envelope envelope, UUID acknowledgedEventId, String acknowledgedEventType)
            implements ForCps {
    }

    record VictimConsentGiven(Envelope envelope, String victimId, String isvaServiceId, Set<SharingScope> scopes)
            implements ForIsva {
    }

    record VictimConsentWithdrawn(Envelope envelope, String victimId, String isvaServiceId,
            Set<SharingScope> withdrawnScopes) implements ForIsva {
    }

    /** The minimised victim-facing update: milestone, date, next step, outcome type, safety bail conditions, contact. */
    record VictimUpdateIssued(Envelope envelope, String victimId, String isvaServiceId, VictimMilestone milestone,
            LocalDate milestoneDate, String nextStep, ChargingOutcome outcomeType, List<String> safetyBailConditions,
            PoliceContact policeContact) implements ForIsva {
    }
}
