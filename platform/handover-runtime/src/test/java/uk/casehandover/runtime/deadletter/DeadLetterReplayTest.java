package uk.casehandover.runtime.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class DeadLetterReplayTest {

    @Test
    void readsTheClientSettingsOfACommandConfigFileAsKafkasCliToolsDo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory)
            throws Exception {
        java.nio.file.Path file = directory.resolve("admin.properties");
        java.nio.file.Files.writeString(file, "# comment\nsecurity.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\n"
                + "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"p\";\n");

        assertThat(DeadLetterReplay.clientProperties(file)).containsOnlyKeys("security.protocol", "sasl.mechanism",
                "sasl.jaas.config").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"admin\" password=\"p\";");
    }

    @Test
    void keepsTheEventsOwnHeadersAndDropsThoseDeadLetteringAdded() {
        ConsumerRecord<byte[], byte[]> deadLetter = new ConsumerRecord<>("t.cps-service.dlt", 0, 0, null, null);
        for (String name : new String[] {"eventType", "eventId", "kafka_dlt-original-topic", "kafka_dlt-exception-message",
                "x-original-offset", "x-exception-stacktrace", "springDeserializerExceptionValue"}) {
            deadLetter.headers().add(name, name.getBytes(StandardCharsets.UTF_8));
        }

        Header[] kept = DeadLetterReplay.originalHeaders(deadLetter).toArray();

        assertThat(Arrays.stream(kept).map(Header::key)).containsExactly("eventType", "eventId");
    }
}
