package uk.casehandover.cps.casefile;

/** No case with this URN has reached CPS. */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String urn) {
        super("no case " + urn + " at CPS");
    }
}
