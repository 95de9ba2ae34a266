package uk.casehandover.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import uk.casehandover.timeliness.calendar.WorkingDayCalendar;

/** casehandover.timeliness.bank-holidays: the jar's copy of data/ by default, or a file an operator points at. */
class BankHolidayConfigurationTest {

    final TimelinessServiceApplication application = new TimelinessServiceApplication();
    final TimelinessProperties properties = new TimelinessProperties();

    @Test
    void byDefaultReadsTheRepositorysListFromTheJar() throws IOException {
        WorkingDayCalendar calendar = application.workingDayCalendar(properties, new DefaultResourceLoader());
        assertThat(calendar.firstYear()).isEqualTo(2025);
        assertThat(calendar.lastYear()).isEqualTo(2027);
    }

    @Test
    void readsAnotherListFromAFile(@TempDir Path directory) throws IOException {
        Path list = Files.writeString(directory.resolve("holidays.csv"),
                "date,title\n2028-01-03,New Year's Day (substitute day)\n2029-01-01,New Year's Day\n");
        properties.setBankHolidays("file:" + list);
        WorkingDayCalendar calendar = application.workingDayCalendar(properties, new DefaultResourceLoader());
        assertThat(calendar.isWorkingDay(LocalDate.parse("2028-01-03"))).isFalse();
        assertThat(calendar.lastYear()).isEqualTo(2029);
    }

    @Test
    void refusesToStartWithoutTheList(@TempDir Path directory) {
        properties.setBankHolidays("file:" + directory.resolve("missing.csv"));
        assertThatThrownBy(() -> application.workingDayCalendar(properties, new DefaultResourceLoader()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("casehandover.timeliness.bank-holidays").hasMessageContaining("missing.csv");
    }
}
