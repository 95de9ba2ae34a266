package uk.casehandover.isva.victimupdate;

/** The outcome of considering an issued update against the consent in force. */
public sealed interface UpdateDecision {

    /** The update is kept, minimised to the scopes in force. */
    record Accepted(VictimUpdate update) implements UpdateDecision {
    }

    /** The update is not kept; only the fact of the refusal is recorded, without the update's content. */
    record Refused(RefusalReason reason) implements UpdateDecision {
    }
}
