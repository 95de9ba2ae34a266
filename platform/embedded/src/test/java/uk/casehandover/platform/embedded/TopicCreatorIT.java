package uk.casehandover.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casehandover.platform.embedded.TopicCreator.TopicSpec;

class TopicCreatorIT {

    @TempDir
    Path dataDirectory;

    @Test
    void createsOnlyTheMissingTopicsWithTheirPartitionsAndConfigs() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(dataDirectory.resolve("kafka"), 0,
                     KafkaCredentials.loadOrCreate(dataDirectory.resolve("credentials")));
             TopicCreator topics = new TopicCreator(broker);
             Admin admin = Admin.create(broker.adminClientProperties())) {
            topics.create("handover.police-to-cps", 2);
            var wanted = List.of(
                    new TopicSpec("handover.police-to-cps", 6, Map.of()),
                    new TopicSpec("handover.cps-to-police", 3, Map.of("retention.ms", "-1")));

            List<String> created = topics.createMissing(wanted);

            assertThat(created).containsExactly("handover.cps-to-police");
            var described = admin.describeTopics(List.of("handover.police-to-cps", "handover.cps-to-police")).allTopicNames().get();
            assertThat(described.get("handover.police-to-cps").partitions()).hasSize(2);
            assertThat(described.get("handover.cps-to-police").partitions()).hasSize(3);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, "handover.cps-to-police");
            Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
        }
    }
}
