import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Writes one Kafka record's value, byte for byte, to a file: the "exact record bytes" the audit-verifier checks
 * against a log entry. A single-file program (java 11+ runs it from source) on kafka-clients alone; no consumer
 * group, nothing committed. See docs/audit-log.md.
 *
 * <p>CLIENT_PROPERTIES is a Kafka client properties file that authenticates to the broker (security.protocol,
 * sasl.mechanism, sasl.jaas.config), e.g. the local platform's {@code .platform-data/kafka-credentials/auditor.properties}:
 * the read-only {@code auditor} principal reads every topic without a consumer group.
 *
 * <pre>java -cp kafka-clients.jar:slf4j-api.jar FetchRecord.java BOOTSTRAP TOPIC PARTITION OFFSET OUT_FILE [CLIENT_PROPERTIES]</pre>
 */
public class FetchRecord {

    public static void main(String[] args) throws Exception {
        if (args.length != 5 && args.length != 6) {
            System.err.println("usage: FetchRecord BOOTSTRAP TOPIC PARTITION OFFSET OUT_FILE [CLIENT_PROPERTIES]");
            System.exit(2);
        }
        TopicPartition partition = new TopicPartition(args[1], Integer.parseInt(args[2]));
        long offset = Long.parseLong(args[3]);
        Map<String, Object> config = new HashMap<>();
        if (args.length == 6) {
            Properties client = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of(args[5]), StandardCharsets.UTF_8)) {
                client.load(reader);
            }
            client.stringPropertyNames().forEach(name -> config.put(name, client.getProperty(name)));
        }
        config.putAll(Map.of("bootstrap.servers", args[0], "enable.auto.commit", "false",
                "key.deserializer", ByteArrayDeserializer.class.getName(),
                "value.deserializer", ByteArrayDeserializer.class.getName()));
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, offset);
            Instant giveUp = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(giveUp)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() == offset) {
                        Files.write(Path.of(args[4]), record.value() == null ? new byte[0] : record.value());
                        System.out.println("wrote " + (record.value() == null ? 0 : record.value().length) + " bytes of "
                                + partition + "@" + offset + " to " + args[4]);
                        return;
                    }
                    if (record.offset() > offset) {
                        break;
                    }
                }
            }
        }
        System.err.println("no record at " + partition + "@" + offset);
        System.exit(1);
    }
}
