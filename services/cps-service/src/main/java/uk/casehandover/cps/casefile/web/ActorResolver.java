package uk.casehandover.cps.casefile.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import uk.casehandover.cps.casefile.Actor;
import uk.casehandover.schemas.identifiers.Violation;

/**
 * Who is acting on a request, and whether they may see this deployment's cases at all: from the bearer token
 * ({@link TokenActorResolver}).
 */
public interface ActorResolver {

    /** The actor, or the violations that say why the request does not name one. */
    Resolution resolve(HttpServletRequest request);

    /** Whether the asker is a lawyer or DCP of this deployment's CPS Area (else its cases read as unknown). */
    boolean mayActInThisArea();

    /** Logs a refusal answered as "unknown" (404), so that a case's existence does not leak. */
    void refusedAsUnknown(String reason);

    record Resolution(Actor actor, List<Violation> violations) {
    }
}
