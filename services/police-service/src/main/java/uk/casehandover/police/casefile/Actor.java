package uk.casehandover.police.casefile;

import java.util.Objects;

/** Who did something: a person in a role, or this service itself when it answers a handover on its own. */
public record Actor(String id, Role role) {

    public static final Actor SYSTEM = new Actor("police-service", Role.SYSTEM);

    public enum Role { INVESTIGATING_OFFICER, SUPERVISING_OFFICER, DISCLOSURE_OFFICER, VICTIM_LIAISON_OFFICER, SYSTEM }

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }
}
