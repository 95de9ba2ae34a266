import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Writes one Kafka record's value, byte for byte, to a file: the "exact record bytes" the audit-verifier checks
 * against a log entry. A single-file program (java 11+ runs it from source) on kafka-clients alone; no consumer
 * group, nothing committed. See docs/audit-log.md.
 *
 * <pre>java -cp kafka-clients.jar:slf4j-api.jar FetchRecord.java BOOTSTRAP TOPIC PARTITION OFFSET OUT_FILE</pre>
 */
public class FetchRecord {

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: FetchRecord BOOTSTRAP TOPIC PARTITION OFFSET OUT_FILE");
            System.exit(2);
        }
        TopicPartition partition = new TopicPartition(args[1], Integer.parseInt(args[2]));
        long offset = Long.parseLong(args[3]);
        Map<String, Object> config = Map.of("bootstrap.servers", args[0], "enable.auto.commit", "false",
                "key.deserializer", ByteArrayDeserializer.class.getName(),
                "value.deserializer", ByteArrayDeserializer.class.getName());
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
