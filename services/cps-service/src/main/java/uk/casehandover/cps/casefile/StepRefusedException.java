package uk.casehandover.cps.casefile;

/**
 * A step the case's lifecycle does not allow now. The message names the case, its current state and what was
 * attempted, and is safe to log and to return (no victim details).
 */
public class StepRefusedException extends RuntimeException {

    private final String urn;
    private final CaseState state;
    private final Step step;

    public StepRefusedException(String urn, CaseState state, Step step, String why) {
        super("case " + urn + " is " + state + ": cannot " + step.description() + (why == null ? "" : "; " + why));
        this.urn = urn;
        this.state = state;
        this.step = step;
    }

    public String urn() {
        return urn;
    }

    public CaseState state() {
        return state;
    }

    public Step step() {
        return step;
    }
}
