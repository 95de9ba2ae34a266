package uk.casehandover.police.casefile;

/** Hands a fact to its recipient (CPS or the victim's ISVA service), published if and only if the current transaction commits. */
public interface Handovers {

    void send(CaseFact fact);
}
