package uk.casehandover.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.casehandover.schemas.identifiers.CpsArea;
import uk.casehandover.schemas.identifiers.ForceCode;

/**
 * Who is asking, from a validated token: a staff id (the subject, never a name), the roles, and the agency claims
 * that decide which cases they may see. A case is visible to its force, its CPS Area and, for victim updates alone,
 * the victim's ISVA service.
 */
public record AgencyPrincipal(String subject, Set<AgencyRole> roles, Optional<ForceCode> force,
        Optional<CpsArea> cpsArea, Optional<String> isvaServiceId) {

    public AgencyPrincipal {
        Objects.requireNonNull(subject, "subject");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(force, "force");
        Objects.requireNonNull(cpsArea, "cpsArea");
        Objects.requireNonNull(isvaServiceId, "isvaServiceId");
    }

    public boolean hasAnyRole(AgencyRole... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /** A police officer or supervisor of this force. */
    public boolean isPoliceOf(ForceCode caseForce) {
        return roles.stream().anyMatch(AgencyRole::isPolice) && force.filter(caseForce::equals).isPresent();
    }

    /** A CPS lawyer or District Crown Prosecutor of this CPS Area. */
    public boolean isCpsOf(CpsArea caseArea) {
        return roles.stream().anyMatch(AgencyRole::isCps) && cpsArea.filter(caseArea::equals).isPresent();
    }

    /** An ISVA of this ISVA service. */
    public boolean isIsvaOf(String isvaService) {
        return roles.contains(AgencyRole.ISVA) && isvaServiceId.filter(isvaService::equals).isPresent();
    }

    /** The roles for a log line, e.g. {@code POLICE_OFFICER}. */
    public String rolesForLog() {
        return roles.isEmpty() ? "none" : String.join(",", roles.stream().sorted().map(Enum::name).toList());
    }

    /** The agency claim for a log line, e.g. {@code force=01}: codes only, nothing personal. */
    public String agencyForLog() {
        StringBuilder agency = new StringBuilder();
        force.ifPresent(code -> agency.append("force=").append(code.code()));
        cpsArea.ifPresent(area -> agency.append(agency.isEmpty() ? "" : ",").append("cpsArea=").append(area.code()));
        isvaServiceId.ifPresent(id -> agency.append(agency.isEmpty() ? "" : ",").append("isvaService=").append(id));
        return agency.isEmpty() ? "none" : agency.toString();
    }
}
