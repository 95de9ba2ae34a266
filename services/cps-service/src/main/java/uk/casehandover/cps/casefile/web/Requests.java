package uk.casehandover.cps.casefile.web;

import java.util.List;

/** Request bodies. Enum and date fields are text, so that every bad field can be named in one answer. */
final class Requests {

    private Requests() {
    }

    record Reject(List<String> reasons, String note) {
    }

    record Allocate(String lawyerId) {
    }

    record GiveEarlyAdvice(String advice, List<String> recommendedLinesOfEnquiry) {
    }

    record IssueActionPlan(String dueOn, List<Item> items) {
    }

    record Item(String description, String owner, String dueOn) {
    }

    record Decide(String outcome, List<Charge> charges, String testApplied, String rationale) {
    }

    record Charge(String cjsOffenceCode, String suspectPncId) {
    }

    record Finalise(String note) {
    }

    record Reopen(String reason) {
    }
}
