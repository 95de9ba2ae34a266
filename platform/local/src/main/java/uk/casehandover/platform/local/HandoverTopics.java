package uk.casehandover.platform.local;

import java.util.List;
import java.util.Map;
import uk.casehandover.platform.embedded.TopicCreator.TopicSpec;

/**
 * The handover topics the local platform creates: one per agency boundary and direction, kept forever (they are the
 * shared record). Mirrors deploy/kafka/topics.txt until the schemas module publishes its Topics constants.
 */
final class HandoverTopics {

    static final int PARTITIONS = 6;
    private static final Map<String, String> KEEP_FOREVER = Map.of("retention.ms", "-1");

    static final List<TopicSpec> ALL = List.of(
            new TopicSpec("handover.police-to-cps", PARTITIONS, KEEP_FOREVER),
            new TopicSpec("handover.cps-to-police", PARTITIONS, KEEP_FOREVER),
            new TopicSpec("handover.police-to-isva", PARTITIONS, KEEP_FOREVER),
            new TopicSpec("handover.isva-to-police", PARTITIONS, KEEP_FOREVER));

    private HandoverTopics() {
    }
}
