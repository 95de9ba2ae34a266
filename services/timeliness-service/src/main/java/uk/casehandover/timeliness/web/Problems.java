package uk.casehandover.timeliness.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.casehandover.schemas.identifiers.Violation;
import uk.casehandover.security.AccessRefusals;
import uk.casehandover.security.ProblemViolations;

/**
 * Refusals as RFC 9457 problem details: 400 with a {@code violations} list naming each parameter and its rule; 403 for
 * another force's or CPS Area's filter, naming the parameter the same way (logged by agency-security's
 * {@link AccessRefusals}: who, the path, the reason; never the value).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class Problems {

    /** The type (and fixed instance) agency-security gives its own 403s. */
    static final URI ACCESS_REFUSED = URI.create("/problems/access-refused");

    private final AccessRefusals refusals;

    Problems(AccessRefusals refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(ParameterRefused.class)
    ProblemDetail refused(ParameterRefused refused) {
        refusals.refused(403, refused.parameter() + " of another " + ("forceCode".equals(refused.parameter()) ? "force" : "CPS Area"));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Your role and agency do not allow this request: " + refused.parameter() + " " + refused.rule());
        problem.setTitle("Access refused");
        problem.setType(ACCESS_REFUSED);
        problem.setInstance(ACCESS_REFUSED);
        problem.setProperty("violations", List.of(Map.of("field", refused.parameter(), "rule", refused.rule())));
        return problem;
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest invalid) {
        List<Violation> violations = invalid.violations();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request breaks " + violations.size() + " rule(s): "
                        + ProblemViolations.summary(violations, v -> v.field() + " " + v.rule(), "; "));
        problem.setTitle("Invalid request");
        problem.setType(URI.create("about:blank"));
        return ProblemViolations.list(problem, violations);
    }
}
