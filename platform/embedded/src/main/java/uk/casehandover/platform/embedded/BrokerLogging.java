package uk.casehandover.platform.embedded;

import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Keeps an in-process broker from drowning the application's own log.
 *
 * <p>Rule: Kafka's server loggers run at WARN unless the application configured them itself or the system property
 * {@value #DEBUG_PROPERTY} is {@code true}. Only logback is adjusted; with any other backend nothing changes.
 */
final class BrokerLogging {

    static final String DEBUG_PROPERTY = "casehandover.kafka.debug";
    private static final List<String> BROKER_LOGGERS = List.of("kafka", "org.apache.kafka", "state.change.logger");

    private BrokerLogging() {
    }

    static void quieten() {
        if (Boolean.getBoolean(DEBUG_PROPERTY) || !logbackIsTheBackend()) {
            return;
        }
        LogbackLevels.warnUnlessConfigured(LoggerFactory.getILoggerFactory(), BROKER_LOGGERS);
    }

    private static boolean logbackIsTheBackend() {
        try {
            Class<?> context = Class.forName("ch.qos.logback.classic.LoggerContext", false, BrokerLogging.class.getClassLoader());
            return context.isInstance(LoggerFactory.getILoggerFactory());
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Touches logback classes only after {@link #logbackIsTheBackend()} said they are there. */
    private static final class LogbackLevels {

        static void warnUnlessConfigured(ILoggerFactory factory, List<String> names) {
            var context = (ch.qos.logback.classic.LoggerContext) factory;
            for (String name : names) {
                var logger = context.getLogger(name);
                if (logger.getLevel() == null) {
                    logger.setLevel(ch.qos.logback.classic.Level.WARN);
                }
            }
        }
    }
}
