package uk.casehandover.contract.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.casehandover.schemas.Topics;

/**
 * docker-compose and production create topics from {@code deploy/kafka/topics.txt}; the services and the local
 * platform take them from {@link Topics}. The two lists must never drift apart.
 */
class DeployedTopicsMatchTheContractTest {

    private static final Path TOPICS_FILE = Path.of("..", "deploy", "kafka", "topics.txt");

    @Test
    void deployCreatesExactlyTheHandoverTopicsOfTheContract() throws IOException {
        assertThat(deployedTopics().stream().map(Line::name)).containsExactlyInAnyOrderElementsOf(Topics.EVERY);
    }

    @Test
    void everyDeployedHandoverTopicKeepsItsRecordsForever() throws IOException {
        assertThat(deployedTopics()).allSatisfy(line -> {
            assertThat(line.partitions()).as(line.name()).isPositive();
            assertThat(line.configs()).as(line.name()).contains("retention.ms=-1");
        });
    }

    private static List<Line> deployedTopics() throws IOException {
        return Files.readAllLines(TOPICS_FILE).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+"))
                .map(parts -> new Line(parts[0], Integer.parseInt(parts[1]), parts.length > 2 ? parts[2] : ""))
                .toList();
    }

    private record Line(String name, int partitions, String configs) {
    }
}
