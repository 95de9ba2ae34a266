package uk.casehandover.police.casefile;

/** A case with this URN is already open. */
public class CaseAlreadyOpenException extends RuntimeException {

    private final String urn;
    private final CaseState state;

    public CaseAlreadyOpenException(String urn, CaseState state) {
        super("Case " + urn + " is already open, in state " + state);
        this.urn = urn;
        this.state = state;
    }

    public String urn() {
        return urn;
    }

    public CaseState state() {
        return state;
    }
}
