package uk.casehandover.police.casefile.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import uk.casehandover.police.casefile.CaseAlreadyOpenException;
import uk.casehandover.police.casefile.CaseNotFoundException;
import uk.casehandover.police.casefile.IllegalCaseStepException;
import uk.casehandover.police.casefile.InvalidCaseCommandException;
import uk.casehandover.police.casefile.application.VictimDetails;
import uk.casehandover.schemas.identifiers.Violation;
import uk.casehandover.victimdata.VictimDataException;
import uk.casehandover.security.ProblemViolations;

/**
 * Answers every refusal as an RFC 9457 problem detail: 400 with a {@code violations} list naming each bad field,
 * 404 for an unknown case, 409 naming the case's state and what was attempted. Messages carry field names, rules,
 * URNs and states only, never the submitted text.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(Violations.InvalidRequestException.class)
    ProblemDetail invalid(Violations.InvalidRequestException e) {
        return badRequest(e.violations());
    }

    @ExceptionHandler(InvalidCaseCommandException.class)
    ProblemDetail invalidForCase(InvalidCaseCommandException e) {
        return badRequest(e.problems().stream().map(p -> new Violation(p.field(), p.rule())).toList());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = path(jackson.getPath());
            String rule = cause.getClass().getSimpleName().equals("UnrecognizedPropertyException")
                    ? "is not a known property" : "has the wrong JSON type";
            return badRequest(List.of(new Violation(field, rule)));
        }
        return badRequest(List.of(new Violation("body", "must be a JSON object as documented at /v3/api-docs")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return badRequest(List.of(new Violation(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(List.of(new Violation(e.getName(), "has the wrong type")));
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ProblemDetail notFound(CaseNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No case " + e.urn());
        problem.setTitle("Unknown case");
        problem.setType(URI.create("/problems/unknown-case"));
        problem.setProperty("urn", e.urn());
        return problem;
    }

    @ExceptionHandler(VictimController.UnknownVictimException.class)
    ProblemDetail unknownVictim(VictimController.UnknownVictimException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No victim with this id in your force's cases");
        problem.setTitle("Unknown victim");
        problem.setType(URI.create("/problems/unknown-victim"));
        return problem;
    }

    /** No key store configured, or it (or the key-encryption key) cannot be used: nothing was stored or sent. */
    @ExceptionHandler({VictimDetails.KeyStoreUnavailableException.class, VictimDataException.class})
    ProblemDetail victimKeyStoreUnavailable(RuntimeException e) {
        LOG.warn("Victim key store unavailable: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                e instanceof VictimDetails.KeyStoreUnavailableException ? e.getMessage()
                        : "the victim key store cannot be used just now; nothing was stored");
        problem.setTitle("Victim details cannot be kept or read");
        problem.setType(URI.create("/problems/victim-key-store-unavailable"));
        return problem;
    }

    @ExceptionHandler(IllegalCaseStepException.class)
    ProblemDetail illegalStep(IllegalCaseStepException e) {
        return conflict(e.getMessage(), Map.of("urn", e.urn(), "state", e.state().name(), "attempted", e.attempted()));
    }

    @ExceptionHandler(CaseAlreadyOpenException.class)
    ProblemDetail alreadyOpen(CaseAlreadyOpenException e) {
        return conflict(e.getMessage(), Map.of("urn", e.urn(), "state", e.state().name(), "attempted", "open the case"));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail openedConcurrently(DuplicateKeyException e) {
        LOG.info("Concurrent open refused");
        return conflict("The case was opened by another request at the same time", Map.of("attempted", "open the case"));
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    ProblemDetail concurrent(RuntimeException e) {
        LOG.info("Concurrent change refused: {}", e.getMessage());
        return conflict("The case changed while this request ran; read it again and retry", Map.of());
    }

    private static ProblemDetail badRequest(List<Violation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                violations.size() + " invalid field(s): "
                        + ProblemViolations.summary(violations, Violation::field, ", "));
        problem.setTitle("Invalid request");
        problem.setType(URI.create("/problems/invalid-request"));
        return ProblemViolations.list(problem, violations);
    }

    private static ProblemDetail conflict(String detail, Map<String, String> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Step not allowed in the case's current state");
        problem.setType(URI.create("/problems/illegal-case-step"));
        properties.forEach(problem::setProperty);
        return problem;
    }

    private static String path(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
