package uk.casehandover.police.casefile;

import java.util.List;

/** A command whose content contradicts the case (e.g. answering items the plan does not have): every reason, by field. */
public class InvalidCaseCommandException extends RuntimeException {

    public record Problem(String field, String rule) {
    }

    private final List<Problem> problems;

    public InvalidCaseCommandException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
