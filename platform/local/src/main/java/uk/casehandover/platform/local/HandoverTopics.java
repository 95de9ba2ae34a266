package uk.casehandover.platform.local;

import java.util.List;
import java.util.Map;
import uk.casehandover.platform.embedded.TopicCreator.TopicSpec;
import uk.casehandover.schemas.Topics;

/**
 * The topics the local platform creates: every name in the contract's {@link Topics#EVERY} (the handover topics and
 * the platform's own), with the partitions and retention of deploy/kafka/topics.txt (kept forever: they are the
 * shared record). The audit log's tree-head topic has one partition, so every reader sees the heads in order.
 */
final class HandoverTopics {

    static final int PARTITIONS = 6;
    private static final Map<String, String> KEEP_FOREVER = Map.of("retention.ms", "-1");

    static final List<TopicSpec> ALL = Topics.EVERY.stream()
            .map(name -> new TopicSpec(name, name.equals(Topics.PLATFORM_AUDIT_TREE_HEADS) ? 1 : PARTITIONS, KEEP_FOREVER))
            .toList();

    private HandoverTopics() {
    }
}
