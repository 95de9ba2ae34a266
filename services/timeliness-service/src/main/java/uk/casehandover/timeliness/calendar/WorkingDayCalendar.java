package uk.casehandover.timeliness.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Working days in England and Wales: Monday to Friday except the bank holidays of the list it was given (substitute
 * days included, as announced). The list covers whole years; a date in a year it does not cover is refused
 * ({@link DateOutsideCalendarException}) rather than silently treated as a working day.
 *
 * <p>Rule for a limit of N working days ("within N working days of an event"): the deadline is the end of the Nth
 * working day after the day of the event, in Europe/London time; the day of the event itself never counts, whether or
 * not it is a working day. Expressed as an instant, the end of a day is the first instant of the next calendar day
 * (exclusive): a limit is met by anything strictly before it.
 */
public final class WorkingDayCalendar {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final NavigableMap<LocalDate, String> holidays;
    private final int firstYear;
    private final int lastYear;
    private final String source;

    /**
     * @param holidays the bank holidays with their titles, covering every year from the first to the last holiday's
     * @param source where the list came from, for error messages
     */
    public WorkingDayCalendar(Map<LocalDate, String> holidays, String source) {
        if (holidays.isEmpty()) {
            throw new IllegalArgumentException("the bank-holiday list " + source + " is empty");
        }
        this.holidays = new TreeMap<>(holidays);
        this.firstYear = this.holidays.firstKey().getYear();
        this.lastYear = this.holidays.lastKey().getYear();
        this.source = Objects.requireNonNull(source);
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    /** Whether {@code date} is a working day. */
    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.containsKey(date);
    }

    /** The Nth working day after {@code date} (n &ge; 1); {@code date} itself never counts. */
    public LocalDate nthWorkingDayAfter(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, got " + n);
        }
        requireCovered(date);
        LocalDate day = date;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The deadline "within N working days of" an event at {@code at}: the end of the Nth working day after its day. */
    public Instant endOfNthWorkingDayAfter(Instant at, int n) {
        LocalDate day = at.atZone(LONDON).toLocalDate();
        return endOfDay(nthWorkingDayAfter(day, n));
    }

    /** The end of {@code date} in Europe/London: the first instant of the next day. */
    public static Instant endOfDay(LocalDate date) {
        return date.plusDays(1).atStartOfDay(LONDON).toInstant();
    }

    private void requireCovered(LocalDate date) {
        int year = date.getYear();
        if (year < firstYear || year > lastYear) {
            throw new DateOutsideCalendarException(date, firstYear, lastYear, source);
        }
    }

    /** A short description for logs and the health of the service, e.g. "2025-2027 (24 bank holidays)". */
    public String coverage() {
        return firstYear + "-" + lastYear + " (" + holidays.size() + " bank holidays, " + source + ")";
    }
}
