package uk.casehandover.timeliness.web;

import java.util.Optional;
import uk.casehandover.schemas.identifiers.CpsArea;
import uk.casehandover.schemas.identifiers.ForceCode;
import uk.casehandover.security.AccessRefusedException;
import uk.casehandover.security.AgencyPrincipal;
import uk.casehandover.security.AgencyRole;

/**
 * Whose handovers and clocks a person lists (docs/timeliness.md, "Who sees what"): the auditor every case, filtered as
 * asked; a police officer or supervisor only their force's cases (no {@code forceCode} means theirs, another force's
 * is refused 403 naming the parameter); a CPS lawyer or DCP only their CPS Area's, by the same rule on
 * {@code cpsArea}. The other filter stays the asker's to choose. An ISVA never gets here: the API admits only the roles
 * above ({@code casehandover.security.api-roles}).
 */
final class ListScope {

    /** The force and CPS Area filters to apply. */
    record Scoped(String forceCode, String cpsArea) {
    }

    private ListScope() {
    }

    static Scoped of(AgencyPrincipal principal, String forceCode, String cpsArea) {
        if (principal.hasAnyRole(AgencyRole.AUDITOR)) {
            return new Scoped(forceCode, cpsArea);
        }
        if (principal.hasAnyRole(AgencyRole.POLICE_OFFICER, AgencyRole.POLICE_SUPERVISOR)) {
            String own = principal.force().map(ForceCode::code).orElseThrow(
                    () -> new AccessRefusedException("police role without a force claim"));
            return new Scoped(own(own, "forceCode", forceCode, "force code",
                    "a police officer or supervisor lists only their own force's cases"), cpsArea);
        }
        if (principal.hasAnyRole(AgencyRole.CPS_LAWYER, AgencyRole.DISTRICT_CROWN_PROSECUTOR)) {
            String own = principal.cpsArea().map(CpsArea::code).orElseThrow(
                    () -> new AccessRefusedException("CPS role without a CPS Area claim"));
            return new Scoped(forceCode, own(own, "cpsArea", cpsArea, "CPS Area code",
                    "a CPS lawyer or District Crown Prosecutor lists only their own CPS Area's cases"));
        }
        throw new AccessRefusedException("role may not list handovers or clocks");
    }

    private static String own(String own, String parameter, String given, String what, String because) {
        if (Optional.ofNullable(given).filter(value -> !value.equals(own)).isPresent()) {
            throw new ParameterRefused(parameter, "must be your own " + what + " (" + own + ") or left out: " + because);
        }
        return own;
    }
}
