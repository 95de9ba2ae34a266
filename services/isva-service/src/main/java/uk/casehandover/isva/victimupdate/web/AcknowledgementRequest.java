package uk.casehandover.isva.victimupdate.web;

/** Optional body of an acknowledgement: who read the update; when sent, it must be the token's subject. */
public record AcknowledgementRequest(String actorId) {
}
