package uk.casehandover.cps.casefile;

/** Something that can happen to a case: a police handover arriving or a CPS lawyer acting. */
public enum Step {
    RECEIVE_EARLY_ADVICE_REQUEST("receive an early advice request"),
    GIVE_EARLY_ADVICE("give early advice"),
    RECEIVE_FILE("receive a case file"),
    ACCEPT("accept the file"),
    REJECT("reject the file"),
    ALLOCATE("allocate to a lawyer"),
    ISSUE_ACTION_PLAN("issue an action plan"),
    RECEIVE_PLAN_ANSWER("receive an action plan answer"),
    DECIDE("make a charging decision"),
    FINALISE("administratively finalise"),
    REOPEN("reopen"),
    RECORD_VICTIM_TOLD("record that the victim was told of a decision"),
    RECORD_POLICE_ACKNOWLEDGEMENT("record a police acknowledgement");

    private final String description;

    Step(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
