package uk.casehandover.cps.casefile;

/** Sends a fact to the police in the caller's transaction; returns the contract's name of the event sent. */
public interface HandoverPublisher {

    String publish(String urn, CpsFact fact);
}
