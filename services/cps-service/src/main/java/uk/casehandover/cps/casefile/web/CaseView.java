package uk.casehandover.cps.casefile.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.casehandover.cps.casefile.ActionPlan;
import uk.casehandover.cps.casefile.CaseFile;
import uk.casehandover.cps.casefile.CaseState;
import uk.casehandover.cps.casefile.CpsCase;
import uk.casehandover.cps.casefile.Decision;
import uk.casehandover.cps.casefile.Vocabulary.RejectionReason;
import uk.casehandover.cps.casefile.application.CaseVictims;
import uk.casehandover.cps.casefile.persistence.CaseQueries.HandoverEntry;

/** A case as a lawyer reads it: where it stands, its file, plans, decision and every handover with its event id. */
record CaseView(String urn, CaseState state, boolean rapeCase, String allocatedLawyer, CaseFile file,
        List<RejectionReason> fileStandardFailures, LocalDate decisionDueOn, List<ActionPlan> actionPlans,
        Decision decision, UUID finalisationEventId, Instant victimToldAt, List<HandoverEntry> handovers,
        List<CaseVictims.VictimView> victims) {

    static CaseView of(CpsCase cpsCase, List<HandoverEntry> history, List<CaseVictims.VictimView> victims) {
        CpsCase.Snapshot s = cpsCase.snapshot();
        return new CaseView(s.urn(), s.state(), s.rapeCase(), s.allocatedLawyer(), s.file(),
                cpsCase.fileStandardFailures(), s.decisionDueOn(), s.plans(), s.decision(), s.finalisationEventId(),
                s.victimToldAt(), history, victims);
    }
}
