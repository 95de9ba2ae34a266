package uk.casehandover.timeliness.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The England and Wales working-day calendar on the repository's own bank-holiday list (copied into the jar). */
class WorkingDayCalendarTest {

    static WorkingDayCalendar calendar;

    @BeforeAll
    static void theRepositorysList() throws IOException {
        try (Reader csv = new InputStreamReader(WorkingDayCalendarTest.class.getResourceAsStream(
                "/uk/casehandover/timeliness/bank-holidays-england-and-wales.csv"), StandardCharsets.UTF_8)) {
            calendar = BankHolidayList.read(csv, "the jar's copy");
        }
    }

    @Test
    void coversTheYearsOfTheList() {
        assertThat(calendar.firstYear()).isEqualTo(2025);
        assertThat(calendar.lastYear()).isEqualTo(2027);
    }

    @Test
    void aFridayEventIsDueAtTheEndOfMonday() {
        assertThat(calendar.nthWorkingDayAfter(day("2026-03-06"), 1)).isEqualTo(day("2026-03-09"));
        assertThat(calendar.endOfNthWorkingDayAfter(Instant.parse("2026-03-06T16:00:00Z"), 1))
                .isEqualTo(Instant.parse("2026-03-10T00:00:00Z"));
    }

    @Test
    void aWeekendEventCountsFromTheNextWorkingDay() {
        assertThat(calendar.nthWorkingDayAfter(day("2026-03-07"), 1)).isEqualTo(day("2026-03-09"));
        assertThat(calendar.nthWorkingDayAfter(day("2026-03-08"), 1)).isEqualTo(day("2026-03-09"));
    }

    @Test
    void fiveWorkingDaysSpanAWeekend() {
        assertThat(calendar.nthWorkingDayAfter(day("2026-03-04"), 5)).isEqualTo(day("2026-03-11"));
    }

    @Test
    void easterSkipsGoodFridayAndEasterMondayAndEndsInBritishSummerTime() {
        assertThat(calendar.isWorkingDay(day("2026-04-03"))).isFalse();
        assertThat(calendar.isWorkingDay(day("2026-04-06"))).isFalse();
        assertThat(calendar.nthWorkingDayAfter(day("2026-04-02"), 1)).isEqualTo(day("2026-04-07"));
        assertThat(calendar.endOfNthWorkingDayAfter(Instant.parse("2026-04-02T10:00:00Z"), 1))
                .isEqualTo(Instant.parse("2026-04-07T23:00:00Z"));
    }

    @Test
    void christmasSkipsTheSubstituteBoxingDay() {
        assertThat(calendar.isWorkingDay(day("2026-12-25"))).isFalse();
        assertThat(calendar.isWorkingDay(day("2026-12-28"))).isFalse();
        assertThat(calendar.nthWorkingDayAfter(day("2026-12-24"), 1)).isEqualTo(day("2026-12-29"));
    }

    @Test
    void crossesTheYearBoundaryOverNewYearsDay() {
        assertThat(calendar.nthWorkingDayAfter(day("2026-12-31"), 1)).isEqualTo(day("2027-01-04"));
        assertThat(calendar.nthWorkingDayAfter(day("2026-12-24"), 5)).isEqualTo(day("2027-01-05"));
        assertThat(calendar.nthWorkingDayAfter(day("2025-12-24"), 1)).isEqualTo(day("2025-12-29"));
        assertThat(calendar.nthWorkingDayAfter(day("2025-12-31"), 1)).isEqualTo(day("2026-01-02"));
    }

    @Test
    void takesTheEventsDayInLondonNotInUtc() {
        // 23:30 UTC on Tuesday 30 June is 00:30 on Wednesday 1 July in London (BST)
        assertThat(calendar.endOfNthWorkingDayAfter(Instant.parse("2026-06-30T23:30:00Z"), 1))
                .isEqualTo(Instant.parse("2026-07-02T23:00:00Z"));
    }

    @Test
    void refusesADateBeforeTheListRatherThanCallingItAWorkingDay() {
        assertThatThrownBy(() -> calendar.isWorkingDay(day("2024-12-31")))
                .isInstanceOf(DateOutsideCalendarException.class)
                .hasMessageContaining("2024-12-31").hasMessageContaining("2025-2027")
                .hasMessageContaining("casehandover.timeliness.bank-holidays");
    }

    @Test
    void refusesACountThatRunsPastTheEndOfTheList() {
        assertThatThrownBy(() -> calendar.nthWorkingDayAfter(day("2027-12-31"), 1))
                .isInstanceOf(DateOutsideCalendarException.class)
                .hasMessageContaining("2028-01-01");
        assertThatThrownBy(() -> calendar.endOfNthWorkingDayAfter(Instant.parse("2028-01-04T09:00:00Z"), 1))
                .isInstanceOf(DateOutsideCalendarException.class);
    }

    @Test
    void anUpdatedListExtendsTheCoveredYears() throws IOException {
        WorkingDayCalendar updated = BankHolidayList.read(new StringReader("""
                # a synthetic list for the test
                date,title
                2027-12-27,Christmas Day (substitute day)
                2027-12-28,Boxing Day (substitute day)
                2028-01-03,New Year's Day (substitute day)
                """), "test");
        assertThat(updated.nthWorkingDayAfter(day("2027-12-31"), 1)).isEqualTo(day("2028-01-04"));
    }

    @Test
    void refusesAListWithAYearMissing() {
        assertThatThrownBy(() -> BankHolidayList.read(new StringReader("date,title\n2025-01-01,A\n2027-01-01,B\n"),
                "test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no holiday in 2026");
    }

    @Test
    void refusesAMalformedLineNamingIt() {
        assertThatThrownBy(() -> BankHolidayList.read(new StringReader("date,title\n2025-01-01,A\n01/05/2025,B\n"),
                "test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3")
                .hasMessageContaining("yyyy-MM-dd");
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
