package uk.casehandover.cps;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The CPS service: receives police handovers, lets lawyers triage, plan and decide, and tells the police. */
@SpringBootApplication
public class CpsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CpsServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
