package uk.casehandover.police.casefile;

import java.time.Instant;
import java.util.List;

/** The suspect's custody or bail position: when detention or pre-charge bail runs out, and the conditions that protect the victim. */
public record Custody(Instant custodyExpiresAt, Instant bailExpiresAt, List<String> safetyBailConditions) {

    public static final Custody NONE = new Custody(null, null, List.of());

    public Custody {
        safetyBailConditions = safetyBailConditions == null ? List.of() : List.copyOf(safetyBailConditions);
    }
}
