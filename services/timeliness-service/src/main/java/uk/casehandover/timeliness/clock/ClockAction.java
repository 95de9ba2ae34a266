package uk.casehandover.timeliness.clock;

import java.time.Instant;
import uk.casehandover.timeliness.v1.ClockType;

/** What a handover does to the statutory clocks of its case. */
public sealed interface ClockAction {

    /** Starts a clock about {@code subject} ("" for the case as a whole), running out at {@code deadline}. */
    record Start(ClockType type, String subject, Instant startedAt, Instant deadline, String rule) implements ClockAction {
    }

    /** Meets the clock of this type about {@code subject} (null: the oldest such clock on the case) at {@code at}. */
    record Meet(ClockType type, String subject, Instant at) implements ClockAction {
    }
}
