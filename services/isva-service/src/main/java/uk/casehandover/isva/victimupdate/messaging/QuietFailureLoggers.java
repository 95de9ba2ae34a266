package uk.casehandover.isva.victimupdate.messaging;

import java.util.List;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.stereotype.Component;

/**
 * Nothing sensitive in logs: Spring Integration's error logger and spring-kafka's DefaultErrorHandler print a failed
 * message whole, payload included (a victim's next step, bail conditions). They are switched off;
 * {@link PoliceToIsvaConsumer} logs the event type, id and reason instead, and the dead-letter topic keeps the record.
 */
@Component
class QuietFailureLoggers {

    static final List<String> PAYLOAD_PRINTING_LOGGERS = List.of(
            "org.springframework.integration.handler.LoggingHandler",
            "org.springframework.kafka.listener.DefaultErrorHandler");

    QuietFailureLoggers() {
        LoggingSystem logging = LoggingSystem.get(QuietFailureLoggers.class.getClassLoader());
        PAYLOAD_PRINTING_LOGGERS.forEach(logger -> logging.setLogLevel(logger, LogLevel.OFF));
    }
}
