package uk.casehandover.cps.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.casehandover.cps.casefile.Vocabulary.ActionOwner;

/** An action plan issued to the police; open until the police answer it. */
public record ActionPlan(int sequenceNumber, UUID eventId, Instant issuedAt, LocalDate dueOn, boolean requiresDcpReview,
        List<Item> items, UUID answerEventId, Instant answeredAt) {

    public ActionPlan {
        items = List.copyOf(items);
    }

    /** One piece of work asked for. */
    public record Item(String itemId, String description, ActionOwner owner, LocalDate dueOn) {
    }

    public boolean isOpen() {
        return answerEventId == null;
    }

    ActionPlan answeredBy(UUID eventId, Instant at) {
        return new ActionPlan(sequenceNumber, this.eventId, issuedAt, dueOn, requiresDcpReview, items, eventId, at);
    }
}
