package uk.casehandover.police.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An action plan CPS issued: numbered items the police must answer by the due date. */
public record ActionPlan(int sequenceNumber, UUID eventId, UUID correlationId, LocalDate dueOn, boolean requiresDcpReview,
        Instant issuedAt, List<Item> items, Status status, Instant answeredAt) {

    public enum Status { OPEN, ANSWERED, SUPERSEDED }

    public enum Owner { OFFICER_IN_CASE, DISCLOSURE_OFFICER, DIGITAL_FORENSICS_UNIT, PROSECUTOR, UNKNOWN }

    public record Item(String itemId, String description, Owner owner, LocalDate dueOn) {
    }

    public ActionPlan {
        items = List.copyOf(items);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    ActionPlan answered(Instant at) {
        return new ActionPlan(sequenceNumber, eventId, correlationId, dueOn, requiresDcpReview, issuedAt, items,
                Status.ANSWERED, at);
    }

    ActionPlan superseded() {
        return new ActionPlan(sequenceNumber, eventId, correlationId, dueOn, requiresDcpReview, issuedAt, items,
                Status.SUPERSEDED, answeredAt);
    }
}
