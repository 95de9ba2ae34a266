package uk.casehandover.audit.log.web;

import java.net.URI;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import uk.casehandover.audit.log.LogOutOfRangeException;
import uk.casehandover.schemas.identifiers.Violation;
import uk.casehandover.security.ProblemViolations;

/**
 * Answers refusals as RFC 9457 problem details: 400 with a {@code violations} list naming every bad parameter and its
 * rule, 404 for an entry or a case the log does not have or the asker may not read (one body for both: nothing
 * leaks). Bad input is never a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return badRequest(e.violations());
    }

    @ExceptionHandler(LogOutOfRangeException.class)
    ProblemDetail outOfRange(LogOutOfRangeException e) {
        if (!e.notFound()) {
            return badRequest(List.of(new Violation(e.parameter(), e.rule())));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create("urn:casehandover:problem:no-such-entry"));
        problem.setTitle("No such log entry");
        return problem;
    }

    @ExceptionHandler(NoSuchEntryException.class)
    ProblemDetail noSuchEntry(NoSuchEntryException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create("urn:casehandover:problem:no-such-entry"));
        problem.setTitle("No such log entry");
        // fixed, so that the body is the same for every index and never echoes the path
        problem.setInstance(URI.create("urn:casehandover:problem:no-such-entry"));
        return problem;
    }

    @ExceptionHandler(NoSuchCaseException.class)
    ProblemDetail noSuchCase(NoSuchCaseException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create("urn:casehandover:problem:no-such-case"));
        problem.setTitle("No such case");
        // fixed, so that the body is the same for every URN and never echoes the path
        problem.setInstance(URI.create("urn:casehandover:problem:no-such-case"));
        return problem;
    }

    private static ProblemDetail badRequest(List<Violation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, violations.size() + " parameter(s) invalid: "
                + ProblemViolations.summary(violations, Violation::toString, "; "));
        problem.setType(URI.create("urn:casehandover:problem:invalid-request"));
        problem.setTitle("Invalid request");
        return ProblemViolations.list(problem, violations);
    }
}
