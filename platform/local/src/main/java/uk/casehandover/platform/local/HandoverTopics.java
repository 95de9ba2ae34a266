package uk.casehandover.platform.local;

import java.util.List;
import java.util.Map;
import uk.casehandover.platform.embedded.TopicCreator.TopicSpec;
import uk.casehandover.schemas.Topics;

/**
 * The handover topics the local platform creates: every name in the contract's {@link Topics#ALL}, with the
 * partitions and retention of deploy/kafka/topics.txt (kept forever: they are the shared record).
 */
final class HandoverTopics {

    static final int PARTITIONS = 6;
    private static final Map<String, String> KEEP_FOREVER = Map.of("retention.ms", "-1");

    static final List<TopicSpec> ALL = Topics.ALL.stream()
            .map(name -> new TopicSpec(name, PARTITIONS, KEEP_FOREVER))
            .toList();

    private HandoverTopics() {
    }
}
