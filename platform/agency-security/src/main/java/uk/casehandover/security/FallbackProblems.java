package uk.casehandover.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.core.JacksonException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * problem+json for the refusals no service handles itself, so that bad input is never answered by Spring Boot's
 * plain-JSON error page: Spring MVC's own exceptions (no such path 404, wrong method 405, a body that is not JSON 415,
 * an unreadable body or a missing parameter 400) after the service's handlers, which take precedence; and a URL the
 * security firewall refuses (encoded {@code ;}, {@code //}, control characters) as 400. Neither echoes the request.
 */
final class FallbackProblems {

    private FallbackProblems() {
    }

    @RestControllerAdvice
    @Order(Ordered.LOWEST_PRECEDENCE)
    static final class Mvc extends ResponseEntityExceptionHandler {

        /** 400 naming the JSON field (path, e.g. {@code items[2].dueOn}) and the rule, never the value sent. */
        @Override
        protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                HttpHeaders headers, HttpStatusCode status, WebRequest request) {
            String field = "body";
            String rule = "must be a JSON object as documented at /v3/api-docs";
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                    StringBuilder path = new StringBuilder();
                    for (JacksonException.Reference reference : jackson.getPath()) {
                        if (reference.getPropertyName() != null) {
                            path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                        } else if (reference.getIndex() >= 0) {
                            path.append('[').append(reference.getIndex()).append(']');
                        }
                    }
                    field = path.isEmpty() ? "body" : path.toString();
                    rule = cause.getClass().getSimpleName().startsWith("UnrecognizedProperty")
                            ? "is not a known property" : "has the wrong JSON type";
                    break;
                }
            }
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "1 invalid field(s): " + field);
            problem.setTitle("Invalid request");
            problem.setProperty("violations", List.of(Map.of("field", field, "rule", rule)));
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }

    static final class Firewall implements RequestRejectedHandler {

        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Firewall.class);

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
                throws IOException {
            LOG.info("URL refused by the firewall: method={} (the URL is not logged)", request.getMethod());
            ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "Invalid request",
                    "The URL contains characters or sequences that are not allowed.");
        }
    }
}
