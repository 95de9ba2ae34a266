package uk.casehandover.police.casefile;

/** A step the case's lifecycle does not allow in its current state. Nothing changes. */
public class IllegalCaseStepException extends RuntimeException {

    private final String urn;
    private final CaseState state;
    private final String attempted;

    public IllegalCaseStepException(String urn, CaseState state, String attempted, String why) {
        super("Case " + urn + " is " + state + ": cannot " + attempted + (why == null ? "" : " (" + why + ")"));
        this.urn = urn;
        this.state = state;
        this.attempted = attempted;
    }

    public String urn() {
        return urn;
    }

    public CaseState state() {
        return state;
    }

    public String attempted() {
        return attempted;
    }
}
