package uk.casehandover.police;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The police side of the RASSO case handover: officers' cases, the CPS conversation, and consented ISVA updates. */
@SpringBootApplication
public class PoliceServiceApplication {

    public static void main(String[] args) {
        System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES",
                System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "uk.casehandover"));
        SpringApplication.run(PoliceServiceApplication.class, args);
    }
}
