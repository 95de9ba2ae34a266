package uk.casehandover.police.casefile;

import java.util.ArrayList;
import java.util.List;

/** An answer to an action plan responds to every item of that plan exactly once, and to nothing else. */
final class ActionPlanResponses {

    private ActionPlanResponses() {
    }

    static void check(ActionPlan plan, List<CaseCommand.ItemResponse> responses) {
        List<InvalidCaseCommandException.Problem> problems = new ArrayList<>();
        List<String> itemIds = plan.items().stream().map(ActionPlan.Item::itemId).toList();
        List<String> answered = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            String itemId = responses.get(i).itemId();
            String field = "responses[" + i + "].itemId";
            if (!itemIds.contains(itemId)) {
                problems.add(new InvalidCaseCommandException.Problem(field,
                        "is not an item of action plan " + plan.sequenceNumber()));
            } else if (answered.contains(itemId)) {
                problems.add(new InvalidCaseCommandException.Problem(field, "answers an item already answered"));
            }
            answered.add(itemId);
        }
        itemIds.stream().filter(id -> !answered.contains(id)).forEach(id -> problems.add(
                new InvalidCaseCommandException.Problem("responses", "must answer item " + id)));
        if (!problems.isEmpty()) {
            throw new InvalidCaseCommandException(problems);
        }
    }
}
