package uk.casehandover.isva;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** ISVA services receive consented, minimised victim updates from the police and acknowledge them. */
@SpringBootApplication
public class IsvaServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(IsvaServiceApplication.class, args);
    }
}
