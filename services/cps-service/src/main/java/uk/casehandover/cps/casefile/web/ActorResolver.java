package uk.casehandover.cps.casefile.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import uk.casehandover.cps.casefile.Actor;
import uk.casehandover.schemas.identifiers.Violation;

/**
 * Who is acting on a request. The one place a security layer replaces: until authentication arrives, the actor is
 * taken from request headers ({@link HeaderActorResolver}).
 */
public interface ActorResolver {

    /** The actor, or the violations that say why the request does not name one. */
    Resolution resolve(HttpServletRequest request);

    record Resolution(Actor actor, List<Violation> violations) {
    }
}
