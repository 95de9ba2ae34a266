package uk.casehandover.police.casefile.application;

import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.casehandover.police.casefile.Actor;
import uk.casehandover.police.casefile.CaseAlreadyOpenException;
import uk.casehandover.police.casefile.CaseCommand;
import uk.casehandover.police.casefile.CaseFact;
import uk.casehandover.police.casefile.CaseNotFoundException;
import uk.casehandover.police.casefile.HandoverLog;
import uk.casehandover.police.casefile.Handovers;
import uk.casehandover.police.casefile.PoliceCase;
import uk.casehandover.police.casefile.PoliceCases;
import uk.casehandover.police.casefile.Stamper;
import uk.casehandover.victimdata.VictimPersonalData;

/**
 * Officers' commands on a case. Each runs in one transaction: the case changes, and what it hands over is sent and
 * logged, or nothing happens at all (a refused step changes nothing and sends nothing).
 */
@Service
@Transactional
public class CaseFileService {

    private final PoliceCases cases;
    private final Handovers handovers;
    private final HandoverLog log;
    private final Stamper stamper;
    private final VictimDetails victimDetails;

    public CaseFileService(PoliceCases cases, Handovers handovers, HandoverLog log, Stamper stamper,
            VictimDetails victimDetails) {
        this.cases = cases;
        this.handovers = handovers;
        this.log = log;
        this.stamper = stamper;
        this.victimDetails = victimDetails;
    }

    /** Opens the case; the victim's details (null when none) are encrypted under the victim's key before storing. */
    public void open(CaseCommand.OpenCase command, VictimPersonalData details) {
        cases.find(command.urn()).ifPresent(existing -> {
            throw new CaseAlreadyOpenException(existing.urn(), existing.state());
        });
        cases.add(PoliceCase.open(command.withVictimData(victimDetails.seal(command.victimId(), details)),
                stamper.now()));
    }

    public void giveConsent(String urn, CaseCommand.GiveConsent command, Actor actor) {
        change(urn, policeCase -> policeCase.giveConsent(command, actor, stamper));
    }

    public void withdrawConsent(String urn, CaseCommand.WithdrawConsent command, Actor actor) {
        change(urn, policeCase -> policeCase.withdrawConsent(command, actor, stamper));
    }

    public void requestEarlyAdvice(String urn, CaseCommand.RequestEarlyAdvice command, Actor actor) {
        change(urn, policeCase -> policeCase.requestEarlyAdvice(command, actor, stamper));
    }

    public void submitCaseFile(String urn, CaseCommand.SubmitCaseFile command, Actor actor) {
        change(urn, policeCase -> policeCase.submitCaseFile(command, actor, stamper));
    }

    public void answerActionPlan(String urn, CaseCommand.AnswerActionPlan command, Actor actor) {
        change(urn, policeCase -> policeCase.answerActionPlan(command, actor, stamper));
    }

    public void recordVictimTold(String urn, CaseCommand.RecordVictimTold command, Actor actor) {
        change(urn, policeCase -> policeCase.recordVictimTold(command, actor, stamper));
    }

    public void recordBailChange(String urn, CaseCommand.RecordBailChange command, Actor actor) {
        change(urn, policeCase -> policeCase.recordBailChange(command, actor, stamper));
    }

    private void change(String urn, Function<PoliceCase, List<CaseFact>> step) {
        PoliceCase policeCase = cases.find(urn).orElseThrow(() -> new CaseNotFoundException(urn));
        List<CaseFact> facts = step.apply(policeCase);
        cases.save(policeCase);
        facts.forEach(this::send);
    }

    private void send(CaseFact fact) {
        handovers.send(fact);
        log.sent(fact, stamper.now());
    }
}
