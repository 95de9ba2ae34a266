package uk.casehandover.isva.access;

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
import uk.casehandover.security.AccessRefusals;
import uk.casehandover.security.AccessRefusedException;
import uk.casehandover.security.AgencyPrincipal;
import uk.casehandover.security.AgencyTokenConverter;

/**
 * The one place that decides which ISVA service (and person) a request comes from: an ISVA acts only for the ISVA
 * service named in their token, so a path naming another service is refused 403 (the path already names the service,
 * so refusing says nothing about its victims). The person is the token's subject.
 */
public class RequestingIsvaServiceResolver implements HandlerMethodArgumentResolver {

    private static final Pattern SERVICE_ID = AgencyTokenConverter.ISVA_SERVICE_ID;

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
        if (isvaServiceId == null || !SERVICE_ID.matcher(isvaServiceId).matches()) {
            throw InvalidRequest.of("isvaServiceId", "must be 1-64 letters, digits or hyphens");
        }
        AgencyPrincipal asking = AccessRefusals.current()
                .orElseThrow(() -> new AccessRefusedException("no agency principal"));
        if (!asking.isIsvaOf(isvaServiceId)) {
            throw new AccessRefusedException("not an ISVA of the ISVA service in the path");
        }
        return new RequestingIsvaService(isvaServiceId, Optional.of(asking.subject()));
    }

    /** Whether a body's actor id has the shape of a staff id. */
    public static boolean wellFormedActorId(String actorId) {
        return actorId != null && AgencyTokenConverter.STAFF_ID.matcher(actorId).matches();
    }
}
