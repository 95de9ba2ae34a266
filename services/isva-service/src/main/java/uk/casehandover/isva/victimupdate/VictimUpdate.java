package uk.casehandover.isva.victimupdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A victim-facing update kept for an ISVA service: the milestone, its date, the next step, the outcome type, the
 * safety-relevant bail conditions and the police contact point, and nothing else. {@code updateId} is the eventId of
 * the police's VictimUpdateIssued. An update is acknowledged (read by an ISVA person) at most once.
 */
public record VictimUpdate(
        UUID updateId,
        ConsentKey key,
        UUID correlationId,
        String milestone,
        LocalDate milestoneDate,
        String nextStep,
        String outcomeType,
        List<String> safetyBailConditions,
        PoliceContact policeContact,
        Instant receivedAt,
        Acknowledgement acknowledgement) {

    public VictimUpdate {
        Objects.requireNonNull(updateId, "updateId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(milestoneDate, "milestoneDate");
        safetyBailConditions = List.copyOf(safetyBailConditions);
    }

    public boolean acknowledged() {
        return acknowledgement != null;
    }

    /** Keeps only what the scopes allow: next step, outcome type and bail conditions each need their own scope. */
    public VictimUpdate minimisedTo(Set<SharingScope> scopes) {
        return new VictimUpdate(updateId, key, correlationId, milestone, milestoneDate,
                scopes.contains(SharingScope.NEXT_STEPS) ? nextStep : null,
                scopes.contains(SharingScope.DECISION_OUTCOMES) ? outcomeType : null,
                scopes.contains(SharingScope.SAFETY_BAIL_CONDITIONS) ? safetyBailConditions : List.of(),
                policeContact, receivedAt, acknowledgement);
    }

    /**
     * Marks the update as read by an ISVA person.
     *
     * @throws UpdateAlreadyAcknowledged when it was read before: an update is acknowledged once
     */
    public VictimUpdate acknowledge(String actorId, Instant at, UUID eventId) {
        if (acknowledged()) {
            throw new UpdateAlreadyAcknowledged(updateId, acknowledgement.at());
        }
        return new VictimUpdate(updateId, key, correlationId, milestone, milestoneDate, nextStep, outcomeType,
                safetyBailConditions, policeContact, receivedAt, new Acknowledgement(at, actorId, eventId));
    }
}
