package uk.casehandover.cps.casefile;

import java.util.Objects;

/** Who acted: a staff or system id (never a name) and the role (a contract ActorRole symbol). */
public record Actor(String id, String role) {

    public static final Actor SYSTEM = new Actor("cps-service", "SYSTEM");

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }
}
