package uk.casehandover.timeliness;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.casehandover.runtime.config.ServiceDefaults;
import uk.casehandover.timeliness.calendar.BankHolidayList;
import uk.casehandover.timeliness.calendar.WorkingDayCalendar;
import uk.casehandover.timeliness.clock.ClockRules;

/**
 * The timeliness service: watches every handover topic, tells people on platform.timeliness which handovers nobody
 * acknowledged and which statutory clocks started, were met or were breached, and lists both over HTTP.
 */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(TimelinessProperties.class)
@PropertySource(value = "classpath:uk/casehandover/timeliness/timeliness-service.yml", factory = ServiceDefaults.class)
public class TimelinessServiceApplication {

    public static void main(String[] args) {
        System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES",
                System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "uk.casehandover"));
        SpringApplication.run(TimelinessServiceApplication.class, args);
    }

    /** The service's notion of now; tests replace it with a @Primary clock of their own. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The working-day calendar from casehandover.timeliness.bank-holidays; the service does not start without it. */
    @Bean
    WorkingDayCalendar workingDayCalendar(TimelinessProperties properties, ResourceLoader resources) throws IOException {
        Resource list = resources.getResource(properties.getBankHolidays());
        if (!list.exists()) {
            throw new IllegalStateException("casehandover.timeliness.bank-holidays: no bank-holiday list at "
                    + properties.getBankHolidays());
        }
        try (Reader csv = new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8)) {
            return BankHolidayList.read(csv, properties.getBankHolidays());
        }
    }

    @Bean
    ClockRules clockRules(WorkingDayCalendar calendar) {
        return new ClockRules(calendar);
    }
}
