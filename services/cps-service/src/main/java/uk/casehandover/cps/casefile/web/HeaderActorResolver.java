package uk.casehandover.cps.casefile.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.casehandover.cps.casefile.Actor;
import uk.casehandover.cps.casefile.Vocabulary.ActorRole;
import uk.casehandover.schemas.identifiers.Violation;

/** The actor from {@code X-Actor-Id} (a staff id, required) and {@code X-Actor-Role} (default PROSECUTOR). */
@Component
class HeaderActorResolver implements ActorResolver {

    static final String ACTOR_ID = "X-Actor-Id";
    static final String ACTOR_ROLE = "X-Actor-Role";

    @Override
    public Resolution resolve(HttpServletRequest request) {
        String id = request.getHeader(ACTOR_ID);
        String role = request.getHeader(ACTOR_ROLE);
        List<Violation> violations = new ArrayList<>();
        if (id == null || id.isBlank()) {
            violations.add(new Violation(ACTOR_ID, "header is required: the acting lawyer's staff id"));
        } else if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
            violations.add(new Violation(ACTOR_ID, "must be a staff id of 1-64 letters, digits, '.', '_' or '-'"));
        }
        ActorRole actorRole = ActorRole.PROSECUTOR;
        if (role != null) {
            try {
                actorRole = ActorRole.valueOf(role);
            } catch (IllegalArgumentException unknown) {
                violations.add(new Violation(ACTOR_ROLE, "must be one of " + Arrays.toString(ActorRole.values())));
            }
        }
        return new Resolution(violations.isEmpty() ? new Actor(id, actorRole.name()) : null, violations);
    }
}
