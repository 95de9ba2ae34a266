package uk.casehandover.isva;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.casehandover.isva.victimupdate.Consents;
import uk.casehandover.isva.victimupdate.IsvaHandovers;
import uk.casehandover.isva.victimupdate.Refusals;
import uk.casehandover.isva.victimupdate.VictimUpdateStore;
import uk.casehandover.isva.victimupdate.VictimUpdates;

/** Wires the Spring-free application service to its adapters. */
@Configuration(proxyBeanMethods = false)
class IsvaServiceConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    VictimUpdates victimUpdates(Consents consents, VictimUpdateStore updates, Refusals refusals,
            IsvaHandovers handovers, Clock clock) {
        return new VictimUpdates(consents, updates, refusals, handovers, clock);
    }
}
