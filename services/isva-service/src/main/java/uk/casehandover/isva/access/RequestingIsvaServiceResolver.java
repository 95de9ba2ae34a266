package uk.casehandover.isva.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import uk.casehandover.isva.web.InvalidRequest;
import uk.casehandover.schemas.identifiers.Violation;

/**
 * The one place that decides which ISVA service (and person) a request comes from. Until authentication arrives it
 * trusts the path and the {@code X-Actor-Id} header, checking only their shape.
 */
public class RequestingIsvaServiceResolver implements HandlerMethodArgumentResolver {

    public static final String ACTOR_HEADER = "X-Actor-Id";
    private static final Pattern SERVICE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    private static final Pattern ACTOR_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == RequestingIsvaService.class;
    }

    @Override
    public RequestingIsvaService resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest request, WebDataBinderFactory binderFactory) {
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        String isvaServiceId = path == null ? null : path.get("isvaServiceId");
        String actorId = request.getHeader(ACTOR_HEADER);
        List<Violation> violations = new ArrayList<>();
        if (isvaServiceId == null || !SERVICE_ID.matcher(isvaServiceId).matches()) {
            violations.add(new Violation("isvaServiceId", "must be 1-64 letters, digits or hyphens"));
        }
        if (actorId != null && !ACTOR_ID.matcher(actorId).matches()) {
            violations.add(new Violation(ACTOR_HEADER, "must be a staff or system id: 1-64 letters, digits, '.', '_' or '-'"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations);
        }
        return new RequestingIsvaService(isvaServiceId, Optional.ofNullable(actorId));
    }

    /** Whether a body's actor id has the same shape the header must have. */
    public static boolean wellFormedActorId(String actorId) {
        return actorId != null && ACTOR_ID.matcher(actorId).matches();
    }
}
