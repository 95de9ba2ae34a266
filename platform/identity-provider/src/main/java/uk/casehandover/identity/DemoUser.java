package uk.casehandover.identity;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A synthetic person of one agency, as the demo provider knows them: a staff id (the token's subject), the roles and
 * the one agency claim that decides what they may see. Never a real person, never a name.
 */
public record DemoUser(String id, List<String> roles, String forceCode, String cpsArea, String isvaServiceId,
        Duration tokenLifetime, String description) {

    public DemoUser {
        Objects.requireNonNull(id, "id");
        roles = List.copyOf(roles);
        Objects.requireNonNull(tokenLifetime, "tokenLifetime");
    }

    /** The claims the provider adds to this user's access token (the subject travels as {@code sub}). */
    public Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(DemoUsers.ROLES_CLAIM, roles);
        if (forceCode != null) {
            claims.put(DemoUsers.FORCE_CLAIM, forceCode);
        }
        if (cpsArea != null) {
            claims.put(DemoUsers.CPS_AREA_CLAIM, cpsArea);
        }
        if (isvaServiceId != null) {
            claims.put(DemoUsers.ISVA_SERVICE_CLAIM, isvaServiceId);
        }
        return claims;
    }
}
