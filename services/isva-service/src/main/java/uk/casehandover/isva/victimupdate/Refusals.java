package uk.casehandover.isva.victimupdate;

/** Port: the log of refused updates (facts only, never content). */
public interface Refusals {

    void record(UpdateRefusal refusal);
}
