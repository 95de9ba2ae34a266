package uk.casehandover.cps.casefile.web;

import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import uk.casehandover.cps.casefile.CaseNotFoundException;
import uk.casehandover.cps.casefile.InvalidCommandException;
import uk.casehandover.cps.casefile.StepRefusedException;
import uk.casehandover.cps.casefile.application.CaseVictims;
import uk.casehandover.victimdata.VictimDataException;
import uk.casehandover.schemas.identifiers.Violation;
import uk.casehandover.security.ProblemViolations;

/**
 * Answers refusals as RFC 9457 problem details: 400 with a {@code violations} list naming every bad field, 409 naming
 * the case's state and the step attempted, 404 for an unknown case. Bad input is never a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidCommandException.class)
    ProblemDetail invalid(InvalidCommandException e) {
        return badRequest(e.violations());
    }

    @ExceptionHandler(StepRefusedException.class)
    ProblemDetail refused(StepRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("urn:casehandover:problem:step-refused"));
        problem.setTitle("Step not allowed in the case's current state");
        problem.setProperty("urn", e.urn());
        problem.setProperty("state", e.state().name());
        problem.setProperty("attempted", e.step().name());
        return problem;
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ProblemDetail notFound(CaseNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown case");
        return problem;
    }

    /** No victim key store here, or it (or its key-encryption key) cannot be used: the view cannot be shown. */
    @ExceptionHandler({CaseVictims.KeyStoreUnavailableException.class, VictimDataException.class})
    ProblemDetail victimKeyStoreUnavailable(RuntimeException e) {
        LOG.warn("Victim key store unavailable: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                e instanceof CaseVictims.KeyStoreUnavailableException ? e.getMessage()
                        : "the victim key store cannot be used just now");
        problem.setTitle("Victim details cannot be read");
        problem.setType(URI.create("urn:casehandover:problem:victim-key-store-unavailable"));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Violation violation = violation(e);
        return ResponseEntity.badRequest().body(badRequest(List.of(violation)));
    }

    private static Violation violation(HttpMessageNotReadableException e) {
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
                String rule = cause.getClass().getSimpleName().startsWith("UnrecognizedProperty")
                        ? "is not a known property" : "has the wrong JSON type";
                return new Violation(path.toString(), rule);
            }
        }
        return new Violation("body", "must be a JSON object as documented at /v3/api-docs");
    }

    private static ProblemDetail badRequest(List<Violation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                violations.size() + " field(s) invalid");
        problem.setType(URI.create("urn:casehandover:problem:invalid-request"));
        problem.setTitle("Invalid request");
        return ProblemViolations.list(problem, violations);
    }
}
