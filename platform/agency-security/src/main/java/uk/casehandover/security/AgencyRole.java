package uk.casehandover.security;

import java.util.Optional;
import java.util.stream.Stream;

/** The roles a token may carry (claim values are these names). Each role belongs to one agency. */
public enum AgencyRole {
    POLICE_OFFICER,
    POLICE_SUPERVISOR,
    CPS_LAWYER,
    DISTRICT_CROWN_PROSECUTOR,
    ISVA,
    AUDITOR;

    public static Optional<AgencyRole> fromClaim(String value) {
        return Stream.of(values()).filter(role -> role.name().equals(value)).findFirst();
    }

    public boolean isPolice() {
        return this == POLICE_OFFICER || this == POLICE_SUPERVISOR;
    }

    public boolean isCps() {
        return this == CPS_LAWYER || this == DISTRICT_CROWN_PROSECUTOR;
    }
}
