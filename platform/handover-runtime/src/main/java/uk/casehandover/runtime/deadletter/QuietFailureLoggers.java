package uk.casehandover.runtime.deadletter;

import java.util.List;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Nothing sensitive in logs: Spring Integration's error logger and spring-kafka's DefaultErrorHandler print a failed
 * message whole, payload included (MG3 text, suspect ids, a victim's next step). Every handover service gets them
 * switched off; its consumer logs the URN, event id and reason instead, and the dead-letter topic keeps the record.
 */
public final class QuietFailureLoggers {

    public static final List<String> PAYLOAD_PRINTING_LOGGERS = List.of(
            "org.springframework.integration.handler.LoggingHandler",
            "org.springframework.kafka.listener.DefaultErrorHandler");

    public QuietFailureLoggers() {
        LoggingSystem logging = LoggingSystem.get(QuietFailureLoggers.class.getClassLoader());
        PAYLOAD_PRINTING_LOGGERS.forEach(logger -> logging.setLogLevel(logger, LogLevel.OFF));
    }
}
