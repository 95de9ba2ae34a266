package uk.casehandover.security;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ProblemDetail;
import uk.casehandover.schemas.identifiers.Violation;

/**
 * How every service lists broken rules in a 400 problem: each violation as {@code {"field", "rule"}}, at most
 * {@link #LISTED} of them, then {@code violationsNotListed} with the count left out. A body with 100,000 bad items
 * would otherwise answer with a list as large as itself (and a detail line naming each one).
 */
public final class ProblemViolations {

    /** Violations listed in one answer; the rest are counted. */
    public static final int LISTED = 50;
    /** Violations named in a problem's one-line detail. */
    public static final int SUMMARISED = 10;

    private ProblemViolations() {
    }

    /** Sets {@code violations} (the first {@link #LISTED}) and, when there are more, {@code violationsNotListed}. */
    public static ProblemDetail list(ProblemDetail problem, List<Violation> violations) {
        problem.setProperty("violations", violations.stream().limit(LISTED)
                .map(v -> Map.of("field", v.field(), "rule", v.rule())).toList());
        if (violations.size() > LISTED) {
            problem.setProperty("violationsNotListed", violations.size() - LISTED);
        }
        return problem;
    }

    /** The first {@link #SUMMARISED} violations, each as {@code describe} gives it, joined, then "and N more". */
    public static String summary(List<Violation> violations, Function<Violation, String> describe, String separator) {
        String named = violations.stream().limit(SUMMARISED).map(describe).collect(Collectors.joining(separator));
        int more = violations.size() - SUMMARISED;
        return more > 0 ? named + separator + "and " + more + " more" : named;
    }
}
