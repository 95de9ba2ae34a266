package uk.casehandover.police.casefile.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.casehandover.police.casefile.Actor;
import uk.casehandover.police.casefile.CaseNotFoundException;
import uk.casehandover.police.casefile.application.CaseFileService;
import uk.casehandover.police.casefile.application.CaseQueries;
import uk.casehandover.police.casefile.application.CaseView;
import uk.casehandover.schemas.identifiers.ForceCode;

/**
 * Officers' commands on cases and the case view, each for the officer's own force only (ActorResolver: another
 * force's case is 404 like an unknown one, another force's list is empty). Every command answers 204 (201 for a new case) once the change and
 * the handovers it causes are committed; 400 names every bad field, 404 an unknown case, 409 a step the case's state
 * does not allow; none of those changes or sends anything.
 */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final CaseFileService service;
    private final CaseQueries queries;
    private final RequestValidator validator;
    private final ActorResolver actors;

    CaseController(CaseFileService service, CaseQueries queries, RequestValidator validator, ActorResolver actors) {
        this.service = service;
        this.queries = queries;
        this.validator = validator;
        this.actors = actors;
    }

    @PostMapping
    ResponseEntity<CaseView> open(@RequestBody Requests.OpenCase body, HttpServletRequest request) {
        actors.actor(request);
        var open = validator.openCase(body);
        var command = open.command();
        actors.requireOwnForce(command.urn().substring(0, 2));
        actors.requireOwnForce(body.forceCode());
        service.open(command, open.victimDetails());
        return ResponseEntity.created(URI.create("/api/cases/" + command.urn()))
                .body(queries.view(command.urn()).orElseThrow());
    }

    @GetMapping("/{urn}")
    CaseView view(@PathVariable String urn) {
        actors.requireVisible(urn);
        return queries.view(urn).orElseThrow(() -> new CaseNotFoundException(urn));
    }

    @GetMapping
    List<CaseView.Summary> list(@RequestParam(required = false) String forceCode,
            @RequestParam(required = false) String limit) {
        if (forceCode == null) {
            forceCode = actors.ownForce();
        }
        if (limit == null) {
            limit = "100"; // absent; an empty limit= stays empty and is refused below
        }
        Violations v = new Violations();
        v.addAll(ForceCode.validate("forceCode", forceCode));
        // decimal digits only: Spring's own int conversion would also take 0x10 and #10
        boolean inRange = limit.matches("[0-9]{1,4}") && Integer.parseInt(limit) >= 1 && Integer.parseInt(limit) <= 1000;
        if (!inRange) {
            v.add("limit", "must be a whole number between 1 and 1000");
        }
        v.throwIfAny();
        return actors.mayList(forceCode) ? queries.forForce(forceCode, Integer.parseInt(limit)) : List.of();
    }

    @PostMapping("/{urn}/consent")
    ResponseEntity<Void> giveConsent(@PathVariable String urn, @RequestBody Requests.GiveConsent body,
            HttpServletRequest request) {
        actors.requireVisible(urn);
        Actor actor = actors.actor(request);
        service.giveConsent(urn, validator.giveConsent(body), actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{urn}/consent/withdrawal")
    ResponseEntity<Void> withdrawConsent(@PathVariable String urn,
            @RequestBody(required = false) Requests.WithdrawConsent body, HttpServletRequest request) {
        actors.requireVisible(urn);
        Actor actor = actors.actor(request);
        service.withdrawConsent(urn, validator.withdrawConsent(body), actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{urn}/early-advice-requests")
    ResponseEntity<Void> requestEarlyAdvice(@PathVariable String urn, @RequestBody Requests.RequestEarlyAdvice body,
            HttpServletRequest request) {
        actors.requireVisible(urn);
        Actor actor = actors.actor(request);
        service.requestEarlyAdvice(urn, validator.requestEarlyAdvice(body), actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{urn}/case-files")
    ResponseEntity<Void> submitCaseFile(@PathVariable String urn, @RequestBody Requests.SubmitCaseFile body,
            HttpServletRequest request) {
        actors.requireVisible(urn);
        Actor actor = actors.actor(request);
        service.submitCaseFile(urn, validator.submitCaseFile(body), actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{urn}/action-plans/{sequenceNumber}/answer")
    ResponseEntity<Void> answerActionPlan(@PathVariable String urn, @PathVariable int sequenceNumber,
            @RequestBody Requests.AnswerActionPlan body, HttpServletRequest request) {
        actors.requireVisible(urn);
        Actor actor = actors.actor(request);
        service.answerActionPlan(urn, validator.answerActionPlan(sequenceNumber, body), actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{urn}/victim-told")
    ResponseEntity<Void> recordVictimTold(@PathVariable String urn, @RequestBody Requests.RecordVictimTold body,
            HttpServletRequest request) {
        actors.requireVisible(urn);
        Actor actor = actors.actor(request);
        service.recordVictimTold(urn, validator.recordVictimTold(body), actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{urn}/bail-changes")
    ResponseEntity<Void> recordBailChange(@PathVariable String urn, @RequestBody Requests.RecordBailChange body,
            HttpServletRequest request) {
        actors.requireVisible(urn);
        Actor actor = actors.actor(request);
        service.recordBailChange(urn, validator.recordBailChange(body), actor);
        return ResponseEntity.noContent().build();
    }
}
