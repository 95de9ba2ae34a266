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

/** Refusals as RFC 9457 problem details: 400 with a {@code violations} list naming each parameter and its rule. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class Problems {

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest invalid) {
        List<Violation> violations = invalid.violations();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request breaks " + violations.size() + " rule(s): " + violations.stream()
                        .map(v -> v.field() + " " + v.rule()).reduce((a, b) -> a + "; " + b).orElse(""));
        problem.setTitle("Invalid request");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("violations", violations.stream()
                .map(v -> Map.of("field", v.field(), "rule", v.rule())).toList());
        return problem;
    }
}
