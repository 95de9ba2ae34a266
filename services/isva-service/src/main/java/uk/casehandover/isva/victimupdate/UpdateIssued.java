package uk.casehandover.isva.victimupdate;

/** The police issued a victim update for this service; {@code update} is as sent, before any minimisation here. */
public record UpdateIssued(ReceivedHandover handover, VictimUpdate update) {
}
