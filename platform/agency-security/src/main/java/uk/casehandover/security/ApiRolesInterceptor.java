package uk.casehandover.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Admits to a service's API only the roles it serves ({@code casehandover.security.api-roles}): an ISVA's token on
 * the police or CPS API, or an auditor's on any of them, is refused 403 before a case is looked at.
 */
final class ApiRolesInterceptor implements HandlerInterceptor {

    private final List<AgencyRole> admitted;

    ApiRolesInterceptor(List<AgencyRole> admitted) {
        this.admitted = List.copyOf(admitted);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        AgencyPrincipal principal = AccessRefusals.current().orElseThrow(
                () -> new AccessRefusedException("no agency principal"));
        if (!principal.hasAnyRole(admitted.toArray(AgencyRole[]::new))) {
            throw new AccessRefusedException("role not admitted to this API");
        }
        return true;
    }
}
