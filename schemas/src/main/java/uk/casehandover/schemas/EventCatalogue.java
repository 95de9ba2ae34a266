package uk.casehandover.schemas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every handover event type, once, in topic order: what a registry pre-registration, a contract test or a
 * compatibility gate iterates over.
 */
public final class EventCatalogue {

    private static final Map<String, EventType> BY_FULL_NAME = index();

    private EventCatalogue() {
    }

    public static List<EventType> all() {
        return List.copyOf(BY_FULL_NAME.values());
    }

    /** The platform's own event types ({@link PlatformTopic}), in topic order. */
    public static List<EventType> platformEvents() {
        return Stream.of(PlatformTopic.values()).flatMap(topic -> topic.eventTypes().stream()).distinct().toList();
    }

    /** Every event type the platform publishes, handover and platform events alike: what the compatibility gate covers. */
    public static List<EventType> everyPublished() {
        return Stream.concat(all().stream(), platformEvents().stream()).toList();
    }

    /** The names of every topic, handover or platform, that carries this event type. */
    public static List<String> topicNamesCarrying(String fullName) {
        return Stream.concat(
                topicsCarrying(fullName).stream().map(HandoverTopic::topicName),
                Stream.of(PlatformTopic.values()).filter(topic -> topic.carries(fullName)).map(PlatformTopic::topicName))
                .toList();
    }

    public static Optional<EventType> byFullName(String fullName) {
        return Optional.ofNullable(BY_FULL_NAME.get(fullName));
    }

    public static List<HandoverTopic> topicsCarrying(String fullName) {
        return Stream.of(HandoverTopic.values()).filter(topic -> topic.carries(fullName)).toList();
    }

    private static Map<String, EventType> index() {
        Map<String, EventType> index = new LinkedHashMap<>();
        for (HandoverTopic topic : HandoverTopic.values()) {
            topic.eventTypes().forEach(type -> index.putIfAbsent(type.fullName(), type));
        }
        return index;
    }
}
