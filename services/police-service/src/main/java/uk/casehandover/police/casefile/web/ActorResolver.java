package uk.casehandover.police.casefile.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.stereotype.Component;
import uk.casehandover.police.casefile.Actor;

/**
 * Who is acting, taken from the {@code X-Actor-Id} (required) and {@code X-Actor-Role} (default
 * INVESTIGATING_OFFICER) headers. The one place a security layer replaces when authentication arrives.
 */
@Component
public class ActorResolver {

    public static final String ACTOR_ID = "X-Actor-Id";
    public static final String ACTOR_ROLE = "X-Actor-Role";

    public Actor actor(HttpServletRequest request) {
        Violations v = new Violations();
        String id = request.getHeader(ACTOR_ID);
        if (id == null || !RequestValidator.OPAQUE_ID.matcher(id).matches()) {
            v.add("header " + ACTOR_ID, "is required: the acting officer's id (letters, digits, dashes)");
        }
        String roleName = request.getHeader(ACTOR_ROLE);
        Actor.Role role = Actor.Role.INVESTIGATING_OFFICER;
        if (roleName != null) {
            try {
                role = Actor.Role.valueOf(roleName);
            } catch (IllegalArgumentException e) {
                v.add("header " + ACTOR_ROLE, "must be one of " + Arrays.toString(Actor.Role.values()));
            }
            if (role == Actor.Role.SYSTEM) {
                v.add("header " + ACTOR_ROLE, "SYSTEM is reserved for the service itself");
            }
        }
        v.throwIfAny();
        return new Actor(id, role);
    }
}
