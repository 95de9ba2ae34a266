package uk.casehandover.cps.casefile;

import java.util.ArrayList;
import java.util.List;
import uk.casehandover.cps.casefile.Vocabulary.ChargingOutcome;
import uk.casehandover.cps.casefile.Vocabulary.TestType;
import uk.casehandover.schemas.identifiers.CjsOffenceCode;
import uk.casehandover.schemas.identifiers.PncId;
import uk.casehandover.schemas.identifiers.Violation;

/**
 * A charge names at least one offence (a valid CJS code) against a suspect of the file, and the Code test applied;
 * the other outcomes charge nothing. Every decision gives its rationale.
 */
final class DecisionRules {

    private DecisionRules() {
    }

    static List<Violation> check(ChargingOutcome outcome, List<Decision.Charge> charges, TestType testApplied,
            String rationale, CaseFile file) {
        List<Violation> violations = new ArrayList<>();
        if (outcome == null) {
            violations.add(new Violation("outcome", "is required"));
        }
        if (rationale == null || rationale.isBlank()) {
            violations.add(new Violation("rationale", "is required"));
        }
        if (outcome == ChargingOutcome.CHARGE) {
            if (testApplied == null) {
                violations.add(new Violation("testApplied", "is required for a charge"));
            }
            if (charges.isEmpty()) {
                violations.add(new Violation("charges", "at least one charge is required for a charge"));
            }
            for (int i = 0; i < charges.size(); i++) {
                Decision.Charge charge = charges.get(i);
                String prefix = "charges[" + i + "].";
                violations.addAll(CjsOffenceCode.validate(prefix + "cjsOffenceCode", charge.cjsOffenceCode()));
                List<Violation> pnc = PncId.validate(prefix + "suspectPncId", charge.suspectPncId());
                violations.addAll(pnc);
                if (pnc.isEmpty() && file != null && !file.suspectPncIds().contains(charge.suspectPncId())) {
                    violations.add(new Violation(prefix + "suspectPncId", "is not a suspect in the case file"));
                }
            }
        } else if (outcome != null && !charges.isEmpty()) {
            violations.add(new Violation("charges", "must be empty unless the outcome is CHARGE"));
        }
        return violations;
    }
}
