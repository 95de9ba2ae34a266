package uk.casehandover.cps.casefile.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casehandover.cps.casefile.ActionPlan;
import uk.casehandover.cps.casefile.Actor;
import uk.casehandover.cps.casefile.CaseNotFoundException;
import uk.casehandover.cps.casefile.CpsCase;
import uk.casehandover.cps.casefile.Decision;
import uk.casehandover.cps.casefile.Vocabulary.ActionOwner;
import uk.casehandover.cps.casefile.Vocabulary.ChargingOutcome;
import uk.casehandover.cps.casefile.Vocabulary.RejectionReason;
import uk.casehandover.cps.casefile.Vocabulary.TestType;
import uk.casehandover.cps.casefile.application.CaseDesk;
import uk.casehandover.cps.casefile.application.CaseDesk.Outcome;
import uk.casehandover.cps.casefile.application.CaseVictims;
import uk.casehandover.cps.casefile.persistence.CaseQueries;
import uk.casehandover.schemas.identifiers.CjsOffenceCode;
import uk.casehandover.schemas.identifiers.PncId;
import uk.casehandover.schemas.identifiers.Urn;
import uk.casehandover.schemas.identifiers.Violation;

/**
 * What CPS lawyers and District Crown Prosecutors of this deployment's CPS Area do with a case (another Area's find
 * its cases unknown and its lists empty): read the inbox and a case, check the file standard, accept or reject at triage,
 * allocate, give early advice, issue action plans, decide, finalise and reopen. Every bad field is named (400);
 * a step the case's state does not allow is refused naming the state (409); an unknown URN is 404.
 */
@RestController
@RequestMapping("/api")
class CaseController {

    private final CaseDesk desk;
    private final CaseQueries queries;
    private final ActorResolver actors;
    private final Clock clock;
    private final CaseVictims victims;

    CaseController(CaseDesk desk, CaseQueries queries, ActorResolver actors, Clock clock, CaseVictims victims) {
        this.desk = desk;
        this.queries = queries;
        this.actors = actors;
        this.clock = clock;
        this.victims = victims;
    }

    @GetMapping("/inbox")
    List<CaseQueries.InboxEntry> inbox() {
        return actors.mayActInThisArea() ? queries.inbox() : List.of();
    }

    /**
     * CPS events the police have not acknowledged within {@code minutes} (60 when absent). Not Spring's defaultValue:
     * that would also stand in for an empty {@code ?minutes=}, which is a bad value, not an absent one.
     */
    @GetMapping("/handovers/unacknowledged")
    List<CaseQueries.Unacknowledged> unacknowledged(@RequestParam(required = false) String minutes) {
        if (minutes == null) {
            minutes = "60";
        }
        Fields fields = new Fields(List.of());
        if (!minutes.matches("\\d{1,6}")) {
            fields.add(List.of(new Violation("minutes", "must be a whole number of minutes, 0-999999")));
        }
        fields.throwIfAny();
        if (!actors.mayActInThisArea()) {
            return List.of();
        }
        return queries.unacknowledged(clock.instant().minus(Duration.ofMinutes(Long.parseLong(minutes))));
    }

    @GetMapping("/cases/{urn}")
    CaseView caseDetail(@PathVariable String urn) {
        CpsCase cpsCase = find(urn);
        return CaseView.of(cpsCase, queries.history(urn), victims.of(urn));
    }

    @GetMapping("/cases/{urn}/file-standard")
    FileStandardView fileStandard(@PathVariable String urn) {
        CpsCase cpsCase = find(urn);
        List<RejectionReason> failures = cpsCase.fileStandardFailures();
        return new FileStandardView(urn, cpsCase.file().isPresent() && failures.isEmpty(), failures);
    }

    @PostMapping("/cases/{urn}/accept")
    Outcome accept(@PathVariable String urn, HttpServletRequest request) {
        Fields fields = fields(urn);
        Actor actor = actor(request, fields);
        fields.throwIfAny();
        return desk.accept(urn, actor);
    }

    @PostMapping("/cases/{urn}/reject")
    Outcome reject(@PathVariable String urn, @RequestBody Requests.Reject body, HttpServletRequest request) {
        Fields fields = fields(urn);
        Actor actor = actor(request, fields);
        Set<RejectionReason> reasons = EnumSet.noneOf(RejectionReason.class);
        List<String> given = body.reasons() == null ? List.of() : body.reasons();
        if (given.isEmpty()) {
            fields.add(List.of(new Violation("reasons", "at least one reason is required")));
        }
        for (int i = 0; i < given.size(); i++) {
            RejectionReason reason = fields.choice("reasons[" + i + "]", RejectionReason.class, given.get(i), true);
            if (reason != null) {
                reasons.add(reason);
            }
        }
        fields.text("note", body.note(), true);
        fields.throwIfAny();
        return desk.reject(urn, reasons, body.note(), actor);
    }

    @PostMapping("/cases/{urn}/allocation")
    Outcome allocate(@PathVariable String urn, @RequestBody Requests.Allocate body, HttpServletRequest request) {
        Fields fields = fields(urn);
        actor(request, fields);
        fields.text("lawyerId", body.lawyerId(), true);
        if (body.lawyerId() != null && !body.lawyerId().matches("[A-Za-z0-9._-]{1,64}")) {
            fields.add(List.of(new Violation("lawyerId", "must be a staff id of 1-64 letters, digits, '.', '_' or '-'")));
        }
        fields.throwIfAny();
        return desk.allocate(urn, body.lawyerId());
    }

    @PostMapping("/cases/{urn}/early-advice")
    Outcome giveEarlyAdvice(@PathVariable String urn, @RequestBody Requests.GiveEarlyAdvice body,
            HttpServletRequest request) {
        Fields fields = fields(urn);
        Actor actor = actor(request, fields);
        fields.text("advice", body.advice(), true);
        List<String> lines = body.recommendedLinesOfEnquiry() == null ? List.of() : body.recommendedLinesOfEnquiry();
        for (int i = 0; i < lines.size(); i++) {
            fields.text("recommendedLinesOfEnquiry[" + i + "]", lines.get(i), true);
        }
        fields.throwIfAny();
        return desk.giveEarlyAdvice(urn, body.advice(), lines, actor);
    }

    @PostMapping("/cases/{urn}/action-plans")
    Outcome issueActionPlan(@PathVariable String urn, @RequestBody Requests.IssueActionPlan body,
            HttpServletRequest request) {
        Fields fields = fields(urn);
        Actor actor = actor(request, fields);
        LocalDate dueOn = fields.date("dueOn", body.dueOn());
        List<Requests.Item> given = body.items() == null ? List.of() : body.items();
        if (given.isEmpty()) {
            fields.add(List.of(new Violation("items", "at least one item is required")));
        }
        List<ActionPlan.Item> items = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Requests.Item item = Objects.requireNonNullElse(given.get(i), new Requests.Item(null, null, null));
            String prefix = "items[" + i + "].";
            items.add(new ActionPlan.Item(null, fields.text(prefix + "description", item.description(), true),
                    fields.choice(prefix + "owner", ActionOwner.class, item.owner(), true),
                    fields.date(prefix + "dueOn", item.dueOn())));
        }
        fields.throwIfAny();
        return desk.issueActionPlan(urn, dueOn, items, actor);
    }

    @PostMapping("/cases/{urn}/decision")
    Outcome decide(@PathVariable String urn, @RequestBody Requests.Decide body, HttpServletRequest request) {
        Fields fields = fields(urn);
        Actor actor = actor(request, fields);
        ChargingOutcome outcome = fields.choice("outcome", ChargingOutcome.class, body.outcome(), true);
        TestType test = fields.choice("testApplied", TestType.class, body.testApplied(), false);
        fields.text("rationale", body.rationale(), true);
        List<Requests.Charge> given = body.charges() == null ? List.of() : body.charges();
        List<Decision.Charge> charges = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Requests.Charge charge = Objects.requireNonNullElse(given.get(i), new Requests.Charge(null, null));
            fields.add(CjsOffenceCode.validate("charges[" + i + "].cjsOffenceCode", charge.cjsOffenceCode()));
            fields.add(PncId.validate("charges[" + i + "].suspectPncId", charge.suspectPncId()));
            charges.add(new Decision.Charge(charge.cjsOffenceCode(), charge.suspectPncId()));
        }
        fields.throwIfAny();
        return desk.decide(urn, outcome, charges, test, body.rationale(), actor);
    }

    @PostMapping("/cases/{urn}/finalisation")
    Outcome finalise(@PathVariable String urn, @RequestBody(required = false) Requests.Finalise body,
            HttpServletRequest request) {
        Fields fields = fields(urn);
        Actor actor = actor(request, fields);
        String note = body == null ? null : fields.text("note", body.note(), false);
        fields.throwIfAny();
        return desk.finalise(urn, note, actor);
    }

    @PostMapping("/cases/{urn}/reopening")
    Outcome reopen(@PathVariable String urn, @RequestBody Requests.Reopen body, HttpServletRequest request) {
        Fields fields = fields(urn);
        Actor actor = actor(request, fields);
        fields.text("reason", body.reason(), true);
        fields.throwIfAny();
        return desk.reopen(urn, body.reason(), actor);
    }

    record FileStandardView(String urn, boolean compliant, List<RejectionReason> failures) {
    }

    private CpsCase find(String urn) {
        fields(urn).throwIfAny();
        return queries.find(urn).orElseThrow(() -> new CaseNotFoundException(urn));
    }

    private Fields fields(String urn) {
        requireVisible(urn);
        return new Fields(Urn.validate("urn", urn));
    }

    /** Another Area's lawyer finds every case of this Area unknown (404), exactly as an unknown URN. */
    private void requireVisible(String urn) {
        if (!actors.mayActInThisArea()) {
            actors.refusedAsUnknown("case of another CPS Area");
            throw new CaseNotFoundException(urn);
        }
    }

    private Actor actor(HttpServletRequest request, Fields fields) {
        ActorResolver.Resolution resolution = actors.resolve(request);
        fields.add(resolution.violations());
        return resolution.actor();
    }
}
