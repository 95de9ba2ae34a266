package uk.casehandover.isva.web;

import java.net.URI;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import uk.casehandover.isva.victimupdate.UpdateAlreadyAcknowledged;
import uk.casehandover.isva.victimupdate.UpdateNotFound;
import uk.casehandover.schemas.identifiers.Violation;
import uk.casehandover.security.ProblemViolations;

/**
 * Refusals as RFC 9457 problem details: 400 with a {@code violations} list for bad input, 404 for what the ISVA
 * service asking cannot see (unknown and another service's look the same), 409 naming the current state for an illegal
 * step. Messages never echo request values.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class Problems {

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest invalid) {
        return badRequest(invalid.violations());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException mismatch) {
        String expected = mismatch.getRequiredType() == null ? "a valid value" : mismatch.getRequiredType().getSimpleName();
        return badRequest(List.of(new Violation(mismatch.getName(), "must be a " + expected)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException missing) {
        return badRequest(List.of(new Violation(missing.getParameterName(), "is required")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof tools.jackson.core.JacksonException jackson && !jackson.getPath().isEmpty()) {
                StringBuilder field = new StringBuilder();
                for (tools.jackson.core.JacksonException.Reference reference : jackson.getPath()) {
                    if (reference.getPropertyName() != null) {
                        field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        field.append('[').append(reference.getIndex()).append(']');
                    }
                }
                return badRequest(List.of(new Violation(field.isEmpty() ? "body" : field.toString(),
                        cause.getClass().getSimpleName().startsWith("UnrecognizedProperty")
                                ? "is not a known property" : "has the wrong JSON type")));
            }
        }
        return badRequest(List.of(new Violation("body",
                "must be JSON with only the documented properties")));
    }

    @ExceptionHandler(UpdateNotFound.class)
    ProblemDetail notFound(UpdateNotFound notFound) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No such update for this ISVA service.");
        problem.setTitle("Update not found");
        return problem;
    }

    @ExceptionHandler(UpdateAlreadyAcknowledged.class)
    ProblemDetail alreadyAcknowledged(UpdateAlreadyAcknowledged already) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The update is already acknowledged (at " + already.acknowledgedAt() + "); nothing was sent again.");
        problem.setTitle("Update already acknowledged");
        problem.setProperty("currentState", "ACKNOWLEDGED");
        problem.setProperty("acknowledgedAt", already.acknowledgedAt().toString());
        return problem;
    }

    private static ProblemDetail badRequest(List<Violation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request breaks " + violations.size() + " rule(s); nothing was changed.");
        problem.setTitle("Invalid request");
        problem.setType(URI.create("about:blank"));
        return ProblemViolations.list(problem, violations);
    }
}
