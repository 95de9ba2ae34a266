package uk.casehandover.police.casefile.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import uk.casehandover.police.casefile.Actor;
import uk.casehandover.police.casefile.CaseNotFoundException;
import uk.casehandover.schemas.identifiers.ForceCode;
import uk.casehandover.schemas.identifiers.Urn;
import uk.casehandover.security.AccessRefusals;
import uk.casehandover.security.AccessRefusedException;
import uk.casehandover.security.AgencyPrincipal;
import uk.casehandover.security.AgencyRole;

/**
 * Who is acting and what they may see, from the bearer token (agency-security has already admitted only police
 * roles): the actor is the token's subject, a supervisor acting as SUPERVISING_OFFICER and an officer as
 * INVESTIGATING_OFFICER. A case is visible only to officers of its force (the URN's first two digits): another
 * force's case answers exactly as an unknown one (404), so its existence does not leak; the refusal is logged.
 */
@Component
public class ActorResolver {

    private final AccessRefusals refusals;

    public ActorResolver(AccessRefusals refusals) {
        this.refusals = refusals;
    }

    public Actor actor(HttpServletRequest request) {
        AgencyPrincipal principal = refusals.principal();
        Actor.Role role = principal.hasAnyRole(AgencyRole.POLICE_SUPERVISOR) ? Actor.Role.SUPERVISING_OFFICER
                : Actor.Role.INVESTIGATING_OFFICER;
        return new Actor(principal.subject(), role);
    }

    /**
     * Refuses (as unknown, 404) a case of another force; a malformed URN is refused 400 naming the path's urn and its
     * rule, never echoing the value (it could be anything, e.g. an injection string).
     */
    public void requireVisible(String urn) {
        Violations malformed = new Violations();
        malformed.addAll(Urn.validate("urn", urn));
        malformed.throwIfAny();
        if (!refusals.principal().isPoliceOf(Urn.parse(urn).force())) {
            refusals.refused(404, "case of another force");
            throw new CaseNotFoundException(urn);
        }
    }

    /** Opening a case is for officers of the case's own force: another force's is refused 403. */
    public void requireOwnForce(String forceCode) {
        if (ForceCode.fromCode(forceCode).filter(refusals.principal()::isPoliceOf).isEmpty()) {
            throw new AccessRefusedException("may open cases of their own force only");
        }
    }

    /** Whether the asker may list this force's cases (another force's list reads as empty). */
    public boolean mayList(String forceCode) {
        return ForceCode.fromCode(forceCode).filter(refusals.principal()::isPoliceOf).isPresent();
    }

    /** The asker's own force code, the default of the case list. */
    public String ownForce() {
        return refusals.principal().force().map(ForceCode::code).orElse(null);
    }
}
