package uk.casehandover.runtime.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link KafkaClientSecurity} in every application that has the handover runtime: a service that names its
 * Kafka principal authenticates as it, one that names none is left as it is.
 */
@AutoConfiguration
public class KafkaClientSecurityAutoConfiguration {

    @Bean
    static KafkaClientSecurity handoverKafkaClientSecurity() {
        return new KafkaClientSecurity();
    }
}
