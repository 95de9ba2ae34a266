package uk.casehandover.police.casefile.application;

import java.time.Clock;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.casehandover.police.casefile.Stamper;

/** The clock and the id source of every outgoing fact; a test replaces the Clock bean to fix time. */
@Configuration(proxyBeanMethods = false)
class CaseFileConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Stamper stamper(Clock clock) {
        return new Stamper(clock, UUID::randomUUID);
    }
}
