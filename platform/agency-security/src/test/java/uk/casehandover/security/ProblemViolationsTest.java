package uk.casehandover.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import uk.casehandover.schemas.identifiers.Violation;

class ProblemViolationsTest {

    static List<Violation> violations(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Violation("items[" + i + "]", "must not be blank")).toList();
    }

    @Test
    void aHundredThousandViolationsAreListedFiftyAndCountedTheRest() {
        ProblemDetail problem = ProblemViolations.list(ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), violations(100_000));

        assertThat((List<?>) problem.getProperties().get("violations")).hasSize(ProblemViolations.LISTED);
        assertThat(problem.getProperties()).containsEntry("violationsNotListed", 100_000 - ProblemViolations.LISTED);
    }

    @Test
    void fiftyOrFewerAreAllListedAndNothingIsSaidToBeLeftOut() {
        ProblemDetail problem = ProblemViolations.list(ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), violations(50));

        assertThat((List<?>) problem.getProperties().get("violations")).hasSize(50);
        assertThat(problem.getProperties()).doesNotContainKey("violationsNotListed");
    }

    @Test
    void theSummaryNamesTenAndCountsTheRest() {
        assertThat(ProblemViolations.summary(violations(12), Violation::field, ", "))
                .isEqualTo("items[0], items[1], items[2], items[3], items[4], items[5], items[6], items[7], items[8],"
                        + " items[9], and 2 more");
        assertThat(ProblemViolations.summary(violations(2), Violation::toString, "; "))
                .isEqualTo("items[0]: must not be blank; items[1]: must not be blank");
    }
}
