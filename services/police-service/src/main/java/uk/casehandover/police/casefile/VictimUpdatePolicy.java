package uk.casehandover.police.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a victim's ISVA service hears of a milestone, and what it hears. An update goes only to the ISVA
 * service the victim consented to, only while that consent stands, and only within its scopes: any update needs
 * {@code MILESTONES}; the next step in plain words needs {@code NEXT_STEPS}, the outcome type
 * {@code DECISION_OUTCOMES}, the bail conditions {@code SAFETY_BAIL_CONDITIONS}. Nothing else ever leaves: no
 * evidence, MG3 text, suspect or other victims' details.
 */
public final class VictimUpdatePolicy {

    static final String ASK_THE_TEAM = "Please contact the police team named here to hear what happens next.";

    private VictimUpdatePolicy() {
    }

    public static Optional<CaseFact.VictimUpdateIssued> update(VictimConsent consent, Envelope envelope, String victimId,
            VictimMilestone milestone, LocalDate date, ChargingOutcome outcome, List<String> bailConditions,
            PoliceContact contact) {
        if (consent == null || !mayHear(consent, milestone)) {
            return Optional.empty();
        }
        String nextStep = consent.allows(SharingScope.NEXT_STEPS) ? nextStep(milestone, outcome) : ASK_THE_TEAM;
        ChargingOutcome sharedOutcome = consent.allows(SharingScope.DECISION_OUTCOMES) ? outcome : null;
        List<String> sharedConditions = consent.allows(SharingScope.SAFETY_BAIL_CONDITIONS) ? bailConditions : List.of();
        return Optional.of(new CaseFact.VictimUpdateIssued(envelope, victimId, consent.isvaServiceId(), milestone, date,
                nextStep, sharedOutcome, sharedConditions, contact));
    }

    static boolean mayHear(VictimConsent consent, VictimMilestone milestone) {
        return consent.allows(SharingScope.MILESTONES);
    }

    static String nextStep(VictimMilestone milestone, ChargingOutcome outcome) {
        return switch (milestone) {
            case FILE_SUBMITTED -> "The police have sent the case to the Crown Prosecution Service, who will review it."
                    + " The police will tell you when there is a decision.";
            case ACTION_PLAN_OUTCOME -> "The prosecutor has paused the review while police enquiries are completed."
                    + " The case can be reopened; the police will tell you when it is.";
            case CASE_REOPENED -> "The prosecutor has reopened the review of the case."
                    + " The police will tell you when there is a decision.";
            case BAIL_CHANGED -> "The suspect's bail has changed. The police will tell you of any further change.";
            case DECISION_MADE -> switch (outcome == null ? ChargingOutcome.CHARGE : outcome) {
                case CHARGE -> "The suspect has been charged. The police will tell you the date of the first court hearing.";
                case NFA_EVIDENTIAL, NFA_PUBLIC_INTEREST -> "No further action will be taken for now."
                        + " You can ask for the decision to be reviewed under the Victims' Right to Review.";
                case OUT_OF_COURT_DISPOSAL -> "The case will be dealt with out of court."
                        + " The police will explain what this means for you.";
            };
        };
    }
}
