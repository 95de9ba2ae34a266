package uk.casehandover.police.casefile;

/** What a victim agreed their ISVA service may be told. */
public enum SharingScope {
    MILESTONES, NEXT_STEPS, DECISION_OUTCOMES, SAFETY_BAIL_CONDITIONS
}
