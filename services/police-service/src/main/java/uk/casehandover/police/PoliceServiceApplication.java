package uk.casehandover.police;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;
import uk.casehandover.runtime.config.ServiceDefaults;

/** The police side of the RASSO case handover: officers' cases, the CPS conversation, and consented ISVA updates. */
@SpringBootApplication
@PropertySource(value = "classpath:uk/casehandover/police/police-service.yml", factory = ServiceDefaults.class)
public class PoliceServiceApplication {

    public static void main(String[] args) {
        System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES",
                System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "uk.casehandover"));
        SpringApplication.run(PoliceServiceApplication.class, args);
    }
}
