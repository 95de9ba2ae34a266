package uk.casehandover.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The one place a refused request is logged: status, subject id, roles, agency claim, HTTP method and the path
 * <em>template</em> (e.g. {@code /api/cases/{urn}}), and a fixed reason. Never the path's values, names or bodies.
 * Services also use it to read who is asking ({@link #principal()}).
 */
public class AccessRefusals {

    private static final Logger LOG = LoggerFactory.getLogger(AccessRefusals.class);

    private static final String MVC_MAPPING = "requestMappingHandlerMapping";

    private final BeanFactory beans;

    public AccessRefusals(BeanFactory beans) {
        this.beans = beans;
    }

    /** The authenticated agency principal of the current request. */
    public AgencyPrincipal principal() {
        return current().orElseThrow(() -> new IllegalStateException(
                "no agency principal: the request did not pass the resource server's authentication"));
    }

    public static Optional<AgencyPrincipal> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof AgencyAuthentication agency ? Optional.of(agency.getPrincipal())
                : Optional.empty();
    }

    /** Logs a refusal of the current request (for a 404 a service answers itself, so existence does not leak). */
    public void refused(int status, String reason) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            refused(status, attributes.getRequest(), reason);
        } else {
            LOG.warn("Access refused: status={} {} reason={}", status, who(current()), reason);
        }
    }

    /** Logs a refusal of {@code request}. */
    public void refused(int status, HttpServletRequest request, String reason) {
        LOG.warn("Access refused: status={} {} method={} path={} reason={}", status, who(current()),
                request.getMethod(), template(request), reason);
    }

    private static String who(Optional<AgencyPrincipal> principal) {
        return principal.map(p -> "subject=" + p.subject() + " roles=" + p.rolesForLog() + " agency=" + p.agencyForLog())
                .orElse("subject=none");
    }

    /** The matched handler's path template; looked up when the refusal happened before handler mapping (401). */
    private String template(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null) {
            RequestMappingHandlerMapping mapping = beans.containsBean(MVC_MAPPING)
                    ? beans.getBean(MVC_MAPPING, RequestMappingHandlerMapping.class) : null;
            try {
                if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
                    ServletRequestPathUtils.parseAndCache(request);
                }
                HandlerExecutionChain handler = mapping == null ? null : mapping.getHandler(request);
                pattern = handler == null ? null : request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            } catch (Exception unmatched) {
                LOG.debug("No handler template for a refused request", unmatched);
                pattern = null;
            }
        }
        return pattern == null ? "(no API path)" : pattern.toString();
    }
}
