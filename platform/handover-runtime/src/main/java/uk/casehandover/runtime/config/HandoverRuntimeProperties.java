package uk.casehandover.runtime.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code casehandover.outbox}. */
@ConfigurationProperties("casehandover.outbox")
public class HandoverRuntimeProperties {

    /** Replication slot of this service's relay; default: spring.application.name with '-' and '.' as '_'. */
    private String slotName;

    /**
     * Tests only: validate a topic {@code <handover topic>-<n>} (as RealPlatform.newTopic creates) as that handover
     * topic, so that a test can route events to a topic of its own.
     */
    private boolean acceptSuffixedTopics;

    private final Relay relay = new Relay();

    public String getSlotName() {
        return slotName;
    }

    public void setSlotName(String slotName) {
        this.slotName = slotName;
    }

    public boolean isAcceptSuffixedTopics() {
        return acceptSuffixedTopics;
    }

    public void setAcceptSuffixedTopics(boolean acceptSuffixedTopics) {
        this.acceptSuffixedTopics = acceptSuffixedTopics;
    }

    public Relay getRelay() {
        return relay;
    }

    public static class Relay {

        /** Whether this replica runs (or stands by to run) the Debezium relay. */
        private boolean enabled = true;

        /** Debezium's poll.interval.ms. */
        private Duration pollInterval = Duration.ofMillis(20);

        /** How often a standby replica tries to take the relay lock and the holder checks its lock connection. */
        private Duration lockRetryInterval = Duration.ofSeconds(1);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        public Duration getLockRetryInterval() {
            return lockRetryInterval;
        }

        public void setLockRetryInterval(Duration lockRetryInterval) {
            this.lockRetryInterval = lockRetryInterval;
        }
    }
}
