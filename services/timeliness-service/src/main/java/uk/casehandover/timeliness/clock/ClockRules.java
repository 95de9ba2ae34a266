package uk.casehandover.timeliness.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.cps.v1.ActionPlanIssued;
import uk.casehandover.cps.v1.CaseFileAccepted;
import uk.casehandover.cps.v1.ChargingDecisionMade;
import uk.casehandover.cps.v1.EarlyAdviceGiven;
import uk.casehandover.police.v1.ActionPlanAnswered;
import uk.casehandover.police.v1.CaseFileSubmitted;
import uk.casehandover.police.v1.EarlyAdviceRequested;
import uk.casehandover.police.v1.VictimToldOfDecision;
import uk.casehandover.timeliness.calendar.WorkingDayCalendar;
import uk.casehandover.timeliness.v1.ClockType;

/**
 * The statutory and agreed time limits of DOMAIN.md, as the handovers that start and meet them:
 * <ul>
 *   <li>VICTIM_TOLD_OF_DECISION: ChargingDecisionMade starts it; the victim must be told within 1 working day when
 *       the victim has enhanced rights (Victims' Code 2020, Right 6; CaseFileSubmitted.enhancedRightsVictim), else 5
 *       working days; with no case file seen, 1 working day (a RASSO victim has enhanced rights). VictimToldOfDecision
 *       meets it (its decisionEventId names the decision; without one, the oldest such clock of the case).</li>
 *   <li>EARLY_ADVICE: EarlyAdviceRequested starts it, 21 days; EarlyAdviceGiven (requestEventId) meets it.</li>
 *   <li>CHARGING_DECISION: CaseFileAccepted starts it, 28 days; ChargingDecisionMade meets it.</li>
 *   <li>ACTION_PLAN_RESPONSE: ActionPlanIssued starts it, until the end of its planDueOn; ActionPlanAnswered with the
 *       plan's number meets it.</li>
 *   <li>PRE_CHARGE_BAIL and CUSTODY: CaseFileSubmitted with bailExpiresAt / custodyExpiresAt starts it, running out at
 *       that instant; ChargingDecisionMade meets it.</li>
 * </ul>
 * A limit in days ends at the end of the last day (Europe/London); "N days of" counts from the day after the event.
 */
public final class ClockRules {

    static final String CASE = "";
    static final int EARLY_ADVICE_DAYS = 21;
    static final int CHARGING_DECISION_DAYS = 28;

    private final WorkingDayCalendar calendar;

    public ClockRules(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * @param enhancedRightsVictim the case's latest CaseFileSubmitted.enhancedRightsVictim, null when no file was seen
     * @throws uk.casehandover.timeliness.calendar.DateOutsideCalendarException when a working-day limit falls outside
     *         the bank-holiday list
     */
    public List<ClockAction> actionsFor(SpecificRecord event, Boolean enhancedRightsVictim) {
        Instant at = ((HandoverMetadata) event.get(0)).getOccurredAt();
        String eventId = ((HandoverMetadata) event.get(0)).getEventId().toString();
        List<ClockAction> actions = new ArrayList<>();
        if (event instanceof EarlyAdviceRequested) {
            actions.add(new ClockAction.Start(ClockType.EARLY_ADVICE, eventId, at, daysAfter(at, EARLY_ADVICE_DAYS),
                    "early advice within 21 days of the request (CPS RASSO early-advice standard)"));
        } else if (event instanceof EarlyAdviceGiven given) {
            actions.add(new ClockAction.Meet(ClockType.EARLY_ADVICE, given.getRequestEventId().toString(), at));
        } else if (event instanceof CaseFileSubmitted file) {
            if (file.getBailExpiresAt() != null) {
                actions.add(new ClockAction.Start(ClockType.PRE_CHARGE_BAIL, CASE, at, file.getBailExpiresAt(),
                        "charging decision before pre-charge bail expires (case file bailExpiresAt)"));
            }
            if (file.getCustodyExpiresAt() != null) {
                actions.add(new ClockAction.Start(ClockType.CUSTODY, CASE, at, file.getCustodyExpiresAt(),
                        "charging decision before the suspect's custody time runs out (case file custodyExpiresAt)"));
            }
        } else if (event instanceof CaseFileAccepted) {
            actions.add(new ClockAction.Start(ClockType.CHARGING_DECISION, CASE, at,
                    daysAfter(at, CHARGING_DECISION_DAYS),
                    "charging decision within 28 days of the accepted file (CPS aim for a complete file)"));
        } else if (event instanceof ActionPlanIssued plan) {
            LocalDate due = plan.getPlanDueOn();
            actions.add(new ClockAction.Start(ClockType.ACTION_PLAN_RESPONSE, Integer.toString(plan.getSequenceNumber()),
                    at, WorkingDayCalendar.endOfDay(due),
                    "action plan " + plan.getSequenceNumber() + " answered by its due date " + due));
        } else if (event instanceof ActionPlanAnswered answer) {
            actions.add(new ClockAction.Meet(ClockType.ACTION_PLAN_RESPONSE,
                    Integer.toString(answer.getPlanSequenceNumber()), at));
        } else if (event instanceof ChargingDecisionMade) {
            actions.add(new ClockAction.Meet(ClockType.CHARGING_DECISION, CASE, at));
            actions.add(new ClockAction.Meet(ClockType.PRE_CHARGE_BAIL, CASE, at));
            actions.add(new ClockAction.Meet(ClockType.CUSTODY, CASE, at));
            actions.add(victimToldStart(eventId, at, enhancedRightsVictim));
        } else if (event instanceof VictimToldOfDecision told) {
            actions.add(new ClockAction.Meet(ClockType.VICTIM_TOLD_OF_DECISION,
                    told.getDecisionEventId() == null ? null : told.getDecisionEventId().toString(), at));
        }
        return actions;
    }

    private ClockAction victimToldStart(String decisionEventId, Instant at, Boolean enhancedRightsVictim) {
        String rule;
        int days;
        if (enhancedRightsVictim == null) {
            days = 1;
            rule = "victim told of the decision within 1 working day (Victims' Code 2020 Right 6; enhanced rights "
                    + "assumed for a RASSO case, no case file seen)";
        } else if (enhancedRightsVictim) {
            days = 1;
            rule = "victim told of the decision within 1 working day (Victims' Code 2020 Right 6, enhanced rights)";
        } else {
            days = 5;
            rule = "victim told of the decision within 5 working days (Victims' Code 2020 Right 6)";
        }
        return new ClockAction.Start(ClockType.VICTIM_TOLD_OF_DECISION, decisionEventId, at,
                calendar.endOfNthWorkingDayAfter(at, days), rule);
    }

    private static Instant daysAfter(Instant at, int days) {
        return WorkingDayCalendar.endOfDay(at.atZone(WorkingDayCalendar.LONDON).toLocalDate().plusDays(days));
    }
}
