package uk.casehandover.isva;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;
import uk.casehandover.runtime.config.ServiceDefaults;

/** ISVA services receive consented, minimised victim updates from the police and acknowledge them. */
@SpringBootApplication
@PropertySource(value = "classpath:uk/casehandover/isva/isva-service.yml", factory = ServiceDefaults.class)
public class IsvaServiceApplication {

    public static void main(String[] args) {
        System.setProperty("org.apache.avro.SERIALIZABLE_PACKAGES",
                System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES", "uk.casehandover"));
        SpringApplication.run(IsvaServiceApplication.class, args);
    }
}
