package uk.casehandover.cps.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.casehandover.schemas.identifiers.Violation;

/** An action plan has at least one item; every item says what, who and by when; nothing is due in the past. */
final class ActionPlanRules {

    private ActionPlanRules() {
    }

    static List<Violation> check(LocalDate dueOn, List<ActionPlan.Item> items, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (dueOn == null) {
            violations.add(new Violation("dueOn", "is required"));
        } else if (dueOn.isBefore(today)) {
            violations.add(new Violation("dueOn", "must not be in the past (today is " + today + ")"));
        }
        if (items == null || items.isEmpty()) {
            violations.add(new Violation("items", "at least one item is required"));
            return violations;
        }
        for (int i = 0; i < items.size(); i++) {
            ActionPlan.Item item = items.get(i);
            String prefix = "items[" + i + "].";
            if (item.description() == null || item.description().isBlank()) {
                violations.add(new Violation(prefix + "description", "is required"));
            }
            if (item.owner() == null) {
                violations.add(new Violation(prefix + "owner", "is required"));
            }
            if (item.dueOn() == null) {
                violations.add(new Violation(prefix + "dueOn", "is required"));
            } else if (item.dueOn().isBefore(today)) {
                violations.add(new Violation(prefix + "dueOn", "must not be in the past (today is " + today + ")"));
            } else if (dueOn != null && item.dueOn().isAfter(dueOn)) {
                violations.add(new Violation(prefix + "dueOn", "must not be after the plan's due date " + dueOn));
            }
        }
        return violations;
    }
}
