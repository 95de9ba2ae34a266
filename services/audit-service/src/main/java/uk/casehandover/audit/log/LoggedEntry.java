package uk.casehandover.audit.log;

import uk.casehandover.transparency.HandoverEntry;

/** An entry of the log at its index, with the agency it was addressed to and the event it acknowledges (null if none). */
public record LoggedEntry(long index, HandoverEntry entry, String receivingAgency, String acknowledgesEventId) {
}
