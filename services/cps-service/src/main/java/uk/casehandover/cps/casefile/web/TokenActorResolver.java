package uk.casehandover.cps.casefile.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.casehandover.cps.casefile.Actor;
import uk.casehandover.cps.casefile.Vocabulary.ActorRole;
import uk.casehandover.schemas.identifiers.CpsArea;
import uk.casehandover.security.AccessRefusals;
import uk.casehandover.security.AgencyPrincipal;
import uk.casehandover.security.AgencyRole;

/**
 * The actor from the bearer token (agency-security has admitted only CPS lawyers and District Crown Prosecutors):
 * the subject as staff id, PROSECUTOR or DISTRICT_CROWN_PROSECUTOR as role. This deployment's cases belong to its CPS
 * Area ({@code casehandover.cps.area}); a token of another Area sees none of them.
 */
@Component
class TokenActorResolver implements ActorResolver {

    private final AccessRefusals refusals;
    private final CpsArea area;

    TokenActorResolver(AccessRefusals refusals, @Value("${casehandover.cps.area}") String area) {
        this.refusals = refusals;
        this.area = CpsArea.parse("casehandover.cps.area", area);
    }

    @Override
    public Resolution resolve(HttpServletRequest request) {
        AgencyPrincipal principal = refusals.principal();
        ActorRole role = principal.hasAnyRole(AgencyRole.DISTRICT_CROWN_PROSECUTOR) ? ActorRole.DISTRICT_CROWN_PROSECUTOR
                : ActorRole.PROSECUTOR;
        return new Resolution(new Actor(principal.subject(), role.name()), List.of());
    }

    @Override
    public boolean mayActInThisArea() {
        return refusals.principal().isCpsOf(area);
    }

    @Override
    public void refusedAsUnknown(String reason) {
        refusals.refused(404, reason);
    }
}
