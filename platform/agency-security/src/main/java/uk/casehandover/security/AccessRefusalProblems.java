package uk.casehandover.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** {@link AccessRefusedException} as a 403 problem detail, logged by {@link AccessRefusals}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessRefusalProblems {

    static final URI ACCESS_REFUSED = URI.create("/problems/access-refused");

    private final AccessRefusals refusals;

    AccessRefusalProblems(AccessRefusals refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(AccessRefusedException.class)
    ProblemDetail refused(AccessRefusedException refused, HttpServletRequest request) {
        refusals.refused(403, request, refused.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Your role and agency do not allow this request.");
        problem.setTitle("Access refused");
        problem.setType(ACCESS_REFUSED);
        // fixed, so that the response never echoes the request's path (a URN, an update id)
        problem.setInstance(ACCESS_REFUSED);
        return problem;
    }
}
