package uk.casehandover.police.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** CPS's charging decision as the police received it. */
public record Decision(UUID eventId, UUID correlationId, ChargingOutcome outcome, TestType testApplied,
        Instant decidedAt, LocalDate rightToReviewDeadline) {
}
