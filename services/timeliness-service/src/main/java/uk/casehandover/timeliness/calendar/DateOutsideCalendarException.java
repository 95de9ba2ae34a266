package uk.casehandover.timeliness.calendar;

import java.time.LocalDate;

/** A working-day question about a date in a year the bank-holiday list does not cover: update the list. */
public class DateOutsideCalendarException extends RuntimeException {

    private final LocalDate date;

    public DateOutsideCalendarException(LocalDate date, int firstYear, int lastYear, String source) {
        super("date " + date + " is outside the years the bank-holiday list covers (" + firstYear + "-" + lastYear
                + ", " + source + "): add that year's England and Wales bank holidays to the list "
                + "(casehandover.timeliness.bank-holidays) before working days can be counted");
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }
}
