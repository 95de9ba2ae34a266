package uk.casehandover.timeliness.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the bank-holiday list: UTF-8 CSV, lines starting with '#' are comments, a header {@code date,title}, then one
 * {@code yyyy-MM-dd,title} per holiday. Every year between the first and the last must have at least one holiday (a
 * missing year would otherwise count as all working days); a malformed line is refused with its line number.
 */
public final class BankHolidayList {

    private BankHolidayList() {
    }

    public static WorkingDayCalendar read(Reader csv, String source) throws IOException {
        Map<LocalDate, String> holidays = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(csv);
        String line;
        int number = 0;
        boolean header = false;
        while ((line = lines.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!trimmed.equalsIgnoreCase("date,title")) {
                    throw invalid(source, number, "the header must be 'date,title'");
                }
                header = true;
                continue;
            }
            int comma = trimmed.indexOf(',');
            if (comma < 0 || comma == trimmed.length() - 1) {
                throw invalid(source, number, "must be 'yyyy-MM-dd,title'");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(trimmed.substring(0, comma).strip());
            } catch (DateTimeParseException e) {
                throw invalid(source, number, "the date must be yyyy-MM-dd");
            }
            if (holidays.putIfAbsent(date, trimmed.substring(comma + 1).strip()) != null) {
                throw invalid(source, number, "the date " + date + " is listed twice");
            }
        }
        if (holidays.isEmpty()) {
            throw new IllegalArgumentException("bank-holiday list " + source + " has no holidays");
        }
        TreeSet<Integer> years = new TreeSet<>();
        holidays.keySet().forEach(date -> years.add(date.getYear()));
        for (int year = years.first(); year <= years.last(); year++) {
            if (!years.contains(year)) {
                throw new IllegalArgumentException("bank-holiday list " + source + " has no holiday in " + year
                        + ": every year between the first and the last must be listed");
            }
        }
        return new WorkingDayCalendar(holidays, source);
    }

    private static IllegalArgumentException invalid(String source, int line, String rule) {
        return new IllegalArgumentException("bank-holiday list " + source + " line " + line + ": " + rule);
    }
}
