package uk.casehandover.isva.victimupdate;

/** Port: the events this service hands back to the police, sent with the state change that causes them. */
public interface IsvaHandovers {

    /** Acknowledges receipt of a police handover on behalf of the ISVA service it was for. */
    void receiptAcknowledged(ReceivedHandover handover, String isvaServiceId);

    /** Tells the police an ISVA person read the update ({@code update.acknowledgement()} says who and when). */
    void updateAcknowledged(VictimUpdate update);
}
