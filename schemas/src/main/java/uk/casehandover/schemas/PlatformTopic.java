package uk.casehandover.schemas;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import uk.casehandover.audit.v1.TreeHeadPublished;
import uk.casehandover.timeliness.v1.HandoverOverdue;
import uk.casehandover.timeliness.v1.StatutoryClockBreached;
import uk.casehandover.timeliness.v1.StatutoryClockMet;
import uk.casehandover.timeliness.v1.StatutoryClockStarted;

/**
 * The platform's own topics: what the platform tells every agency about the handovers, as opposed to the handovers
 * themselves ({@link HandoverTopic}). Only platform services write them; any agency may read them. Their events are
 * under the same compatibility gate as handover events.
 */
public enum PlatformTopic {

    /** Signed tree heads of the audit log, keyed by log id, so every agency can keep the heads it has seen. */
    AUDIT_TREE_HEADS(Topics.PLATFORM_AUDIT_TREE_HEADS,
            TreeHeadPublished.class),

    /** Overdue handovers and statutory clocks, keyed by URN: what a person at the police or CPS must act on. */
    TIMELINESS(Topics.PLATFORM_TIMELINESS,
            HandoverOverdue.class,
            StatutoryClockStarted.class,
            StatutoryClockMet.class,
            StatutoryClockBreached.class);

    private final String topicName;
    private final List<EventType> eventTypes;

    @SafeVarargs
    PlatformTopic(String topicName, Class<? extends SpecificRecord>... types) {
        this.topicName = topicName;
        this.eventTypes = Arrays.stream(types).map(EventType::of).toList();
    }

    public String topicName() {
        return topicName;
    }

    public List<EventType> eventTypes() {
        return eventTypes;
    }

    public Optional<EventType> eventType(String fullName) {
        return eventTypes.stream().filter(type -> type.fullName().equals(fullName)).findFirst();
    }

    public boolean carries(String fullName) {
        return eventType(fullName).isPresent();
    }

    public static Optional<PlatformTopic> byName(String topicName) {
        return Stream.of(values()).filter(topic -> topic.topicName.equals(topicName)).findFirst();
    }
}
