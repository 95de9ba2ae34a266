package uk.casehandover.platform.test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import javax.sql.DataSource;

/**
 * Where data could be left behind, read back as text to search: every record (key, value, headers) of every Kafka
 * topic, dead-letter topics included, read as the platform's super user; and every row of every table of every
 * database of the PostgreSQL server (bytea as its raw bytes, so plaintext kept as bytes would show). A test searches
 * the text for values that must not be there, and for one that must (so the search is shown able to find).
 */
public final class Everywhere {

    private Everywhere() {
    }

    /** Every Kafka topic's records, as text, by topic. */
    public static Map<String, String> kafka(RealPlatform platform) {
        Map<String, String> byTopic = new HashMap<>();
        Map<String, Object> settings = new HashMap<>(platform.kafkaAdminProperties());
        try (Admin admin = Admin.create(settings)) {
            Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
            settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
            settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings)) {
                for (String topic : topics) {
                    byTopic.put(topic, read(consumer, topic));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot list the Kafka topics", e);
        }
        return byTopic;
    }

    private static String read(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        StringBuilder text = new StringBuilder();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + topic + " to its end");
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                text.append(raw(record.key())).append('|').append(raw(record.value())).append('|');
                for (Header header : record.headers()) {
                    text.append(header.key()).append('=').append(raw(header.value())).append('|');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** Every database's rows, as text, by database name. */
    public static Map<String, String> postgresql(RealPlatform platform) {
        String anyUrl = platform.newDatabase("scan");
        String server = anyUrl.substring(0, anyUrl.lastIndexOf('/') + 1);
        Map<String, String> byDatabase = new HashMap<>();
        for (String database : list(platform.dataSource(anyUrl), "SELECT datname FROM pg_database WHERE datallowconn "
                + "AND NOT datistemplate")) {
            byDatabase.put(database, rows(platform.dataSource(server + database)));
        }
        return byDatabase;
    }

    /** Every row of every table of one database, as text. */
    public static String rows(DataSource database) {
        StringBuilder text = new StringBuilder();
        for (String table : list(database, "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) "
                + "FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
                + "AND table_schema NOT IN ('pg_catalog', 'information_schema')")) {
            try (Connection c = database.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    text.append(table).append(": ");
                    for (int i = 1; i <= columns; i++) {
                        Object value = rs.getObject(i);
                        text.append(value instanceof byte[] bytes ? raw(bytes) : String.valueOf(value)).append('|');
                    }
                    text.append('\n');
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read " + table, e);
            }
        }
        return text.toString();
    }

    private static List<String> list(DataSource database, String sql) {
        List<String> values = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot query " + sql, e);
        }
        return values;
    }

    /** Bytes as ISO-8859-1, so ASCII text inside binary data (Avro strings, bytea) reads as itself. */
    private static String raw(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
