package uk.casehandover.audit;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;
import uk.casehandover.runtime.config.ServiceDefaults;

/**
 * The audit service: appends every handover record on every handover topic to a tamper-evident RFC 6962 log, signs
 * and publishes its tree heads, serves proofs any agency can check with only the public key, and answers case
 * timelines and "what had this agency received by then".
 */
@SpringBootApplication
@PropertySource(value = "classpath:uk/casehandover/audit/audit-service.yml", factory = ServiceDefaults.class)
public class AuditServiceApplication {

    public static void main(String[] args) {
        System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES",
                System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "uk.casehandover"));
        SpringApplication.run(AuditServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
