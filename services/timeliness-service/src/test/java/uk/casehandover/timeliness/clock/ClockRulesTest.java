package uk.casehandover.timeliness.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casehandover.schemas.fixtures.SampleEvents.aChargingDecisionMade;
import static uk.casehandover.schemas.fixtures.SampleEvents.aVictimToldOfDecision;
import static uk.casehandover.schemas.fixtures.SampleEvents.anActionPlanIssued;
import static uk.casehandover.schemas.fixtures.SampleEvents.anEarlyAdviceRequested;
import static uk.casehandover.schemas.fixtures.SampleEvents.metadata;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.cps.v1.ChargingDecisionMade;
import uk.casehandover.schemas.fixtures.SampleEvents;
import uk.casehandover.timeliness.calendar.BankHolidayList;
import uk.casehandover.timeliness.v1.ClockType;

class ClockRulesTest {

    final ClockRules rules = new ClockRules(calendar());

    @Test
    void aDecisionGivesAnEnhancedRightsVictimOneWorkingDay() {
        ClockAction.Start start = victimToldStart(decisionOnFriday(), true);
        assertThat(start.deadline()).isEqualTo(Instant.parse("2026-03-10T00:00:00Z"));
        assertThat(start.rule()).contains("1 working day").contains("enhanced rights");
    }

    @Test
    void aDecisionGivesAnyOtherVictimFiveWorkingDays() {
        ClockAction.Start start = victimToldStart(decisionOnFriday(), false);
        assertThat(start.deadline()).isEqualTo(Instant.parse("2026-03-14T00:00:00Z"));
        assertThat(start.rule()).contains("5 working days");
    }

    @Test
    void withoutACaseFileTheRassoVictimIsTakenToHaveEnhancedRights() {
        ClockAction.Start start = victimToldStart(decisionOnFriday(), null);
        assertThat(start.deadline()).isEqualTo(Instant.parse("2026-03-10T00:00:00Z"));
        assertThat(start.rule()).contains("assumed");
    }

    @Test
    void aDecisionAlsoMeetsTheChargingBailAndCustodyClocks() {
        assertThat(rules.actionsFor(decisionOnFriday(), true)).filteredOn(ClockAction.Meet.class::isInstance)
                .extracting(action -> ((ClockAction.Meet) action).type())
                .containsExactlyInAnyOrder(ClockType.CHARGING_DECISION, ClockType.PRE_CHARGE_BAIL, ClockType.CUSTODY);
    }

    @Test
    void earlyAdviceIsDueTwentyOneDaysAfterTheRequest() {
        List<ClockAction> actions = rules.actionsFor(anEarlyAdviceRequested().setMetadata(metadata(Agency.POLICE)
                .setOccurredAt(Instant.parse("2026-03-02T09:00:00Z")).build()).build(), null);
        assertThat(actions).singleElement().isInstanceOfSatisfying(ClockAction.Start.class, start ->
                assertThat(start.deadline()).isEqualTo(Instant.parse("2026-03-24T00:00:00Z")));
    }

    @Test
    void anActionPlanIsDueAtTheEndOfItsDueDate() {
        List<ClockAction> actions = rules.actionsFor(anActionPlanIssued().setSequenceNumber(2)
                .setPlanDueOn(LocalDate.parse("2026-07-15")).build(), null);
        assertThat(actions).singleElement().isInstanceOfSatisfying(ClockAction.Start.class, start -> {
            assertThat(start.subject()).isEqualTo("2");
            assertThat(start.deadline()).isEqualTo(Instant.parse("2026-07-15T23:00:00Z"));
        });
    }

    @Test
    void theVictimToldNamesTheDecisionItMeets() {
        ChargingDecisionMade decision = decisionOnFriday();
        List<ClockAction> actions = rules.actionsFor(aVictimToldOfDecision()
                .setDecisionEventId(decision.getMetadata().getEventId()).build(), null);
        assertThat(actions).containsExactly(new ClockAction.Meet(ClockType.VICTIM_TOLD_OF_DECISION,
                decision.getMetadata().getEventId().toString(), SampleEvents.NOW));
    }

    private ClockAction.Start victimToldStart(ChargingDecisionMade decision, Boolean enhanced) {
        return rules.actionsFor(decision, enhanced).stream().filter(ClockAction.Start.class::isInstance)
                .map(ClockAction.Start.class::cast).filter(s -> s.type() == ClockType.VICTIM_TOLD_OF_DECISION)
                .findFirst().orElseThrow();
    }

    private static ChargingDecisionMade decisionOnFriday() {
        ChargingDecisionMade decision = aChargingDecisionMade().build();
        return ChargingDecisionMade.newBuilder(decision).setMetadata(HandoverMetadata.newBuilder(decision.getMetadata())
                .setOccurredAt(Instant.parse("2026-03-06T15:00:00Z")).build()).build();
    }

    private static uk.casehandover.timeliness.calendar.WorkingDayCalendar calendar() {
        try {
            return BankHolidayList.read(new StringReader("date,title\n2026-01-01,New Year's Day\n"), "test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
