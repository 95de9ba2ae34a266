package uk.casehandover.police.casefile;

/** No case with this URN exists in this service. */
public class CaseNotFoundException extends RuntimeException {

    private final String urn;

    public CaseNotFoundException(String urn) {
        super("No case " + urn);
        this.urn = urn;
    }

    public String urn() {
        return urn;
    }
}
