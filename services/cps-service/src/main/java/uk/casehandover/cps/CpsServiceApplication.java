package uk.casehandover.cps;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;
import uk.casehandover.runtime.config.ServiceDefaults;

/** The CPS service: receives police handovers, lets lawyers triage, plan and decide, and tells the police. */
@SpringBootApplication
@PropertySource(value = "classpath:uk/casehandover/cps/cps-service.yml", factory = ServiceDefaults.class)
public class CpsServiceApplication {

    public static void main(String[] args) {
        System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES",
                System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "uk.casehandover"));
        SpringApplication.run(CpsServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
