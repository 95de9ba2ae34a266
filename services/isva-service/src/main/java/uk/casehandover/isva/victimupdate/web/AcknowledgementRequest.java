package uk.casehandover.isva.victimupdate.web;

/** Optional body of an acknowledgement: who read the update, when the {@code X-Actor-Id} header is not sent. */
public record AcknowledgementRequest(String actorId) {
}
