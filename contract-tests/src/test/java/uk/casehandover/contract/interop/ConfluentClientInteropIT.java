package uk.casehandover.contract.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.casehandover.platform.serde.ConfluentAvroDeserializer;
import uk.casehandover.platform.serde.ConfluentAvroSerializer;
import uk.casehandover.platform.serde.HttpSchemaRegistryClient;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;
import uk.casehandover.schemas.EventCatalogue;
import uk.casehandover.schemas.EventType;

/**
 * Our serializer, deserializer and registry against Confluent's official JavaScript client
 * ({@code @confluentinc/schemaregistry}): bytes cross the real broker in both directions and decode to equal
 * field values, both sides write identical bytes for the same record, and their registry client works against
 * our registry service.
 */
@RealPlatformTest
class ConfluentClientInteropIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String URN = "01ZD0304208";

    private static ConfluentInteropScript confluent;
    private static String schemaJson;
    private static Schema schema;

    private final RealPlatform platform;

    ConfluentClientInteropIT(RealPlatform platform) {
        this.platform = platform;
    }

    @BeforeAll
    static void confluentsClientIsInstalled() throws IOException {
        confluent = ConfluentInteropScript.locate();
        schemaJson = Files.readString(confluent.fixture("interop-victim-update.avsc"));
        schema = new Schema.Parser().parse(schemaJson);
    }

    @Test
    void bytesOurSerializerSentThroughTheBrokerDecodeInConfluentsDeserializer() {
        // given
        String topic = platform.newTopic("cps.to.isva");
        GenericRecord sent = aVictimUpdate();

        // when
        try (KafkaProducer<String, Object> producer = producer(ConfluentAvroSerializer.class)) {
            producer.send(new ProducerRecord<>(topic, URN, sent));
        }
        byte[] onTheWire = (byte[]) consumeOne(topic, ByteArrayDeserializer.class).value();
        JsonNode decoded = confluent.run("deserialize", platform.schemaRegistryUrl(), topic,
                HexFormat.of().formatHex(onTheWire));

        // then
        assertThat(JSON.convertValue(decoded.get("record"), Map.class)).isEqualTo(fieldsOf(sent));
    }

    @Test
    void bytesConfluentsSerializerWroteDecodeInOurDeserializerAfterTheBroker() throws IOException {
        // given
        String topic = platform.newTopic("cps.to.isva");
        GenericRecord expected = aVictimUpdate();
        JsonNode written = confluent.run("serialize", platform.schemaRegistryUrl(), topic, schemaJson,
                JSON.writeValueAsString(fieldsOf(expected)));

        // when
        try (KafkaProducer<String, Object> producer = producer(ByteArraySerializer.class)) {
            producer.send(new ProducerRecord<>(topic, URN, HexFormat.of().parseHex(written.get("hex").asText())));
        }
        Object received = consumeOne(topic, ConfluentAvroDeserializer.class).value();

        // then
        assertThat(written.get("subject").asText()).isEqualTo(topic + "-" + schema.getFullName());
        assertThat(received).isInstanceOf(GenericRecord.class);
        assertThat(fieldsOf((GenericRecord) received)).isEqualTo(fieldsOf(expected));
    }

    @Test
    void bothSidesWriteTheSameBytesForTheSameRecord() throws IOException {
        // given
        String topic = platform.newTopic("cps.to.isva");
        GenericRecord record = aVictimUpdate();

        // when
        byte[] ours;
        try (Serializer<Object> serializer = new ConfluentAvroSerializer()) {
            serializer.configure(Map.of("schema.registry.url", platform.schemaRegistryUrl()), false);
            ours = serializer.serialize(topic, record);
        }
        JsonNode theirs = confluent.run("serialize", platform.schemaRegistryUrl(), topic, schemaJson,
                JSON.writeValueAsString(fieldsOf(record)));

        // then
        assertThat(theirs.get("hex").asText()).isEqualTo(HexFormat.of().formatHex(ours));
    }

    @Test
    void confluentsRegistryClientWorksAgainstOurRegistry() {
        // given
        String subject = "cps.to.isva-" + UUID.randomUUID() + "-" + schema.getFullName();
        Schema compatible = withExtraField(new Schema.Field("contactRef", Schema.create(Schema.Type.STRING),
                "Synthetic ISVA contact reference.", "not yet assigned"));
        Schema incompatible = withExtraField(new Schema.Field("contactRef", Schema.create(Schema.Type.STRING),
                "Synthetic ISVA contact reference, without a default.", null));

        // when
        JsonNode result = confluent.run("registry", platform.schemaRegistryUrl(), subject, schemaJson,
                compatible.toString(), incompatible.toString());

        // then
        int ourId = HttpSchemaRegistryClient.of(platform.schemaRegistryUrl()).lookup(subject, schema).id();
        assertThat(result.get("id").asInt()).isEqualTo(ourId);
        assertThat(result.get("lookedUpId").asInt()).isEqualTo(ourId);
        assertThat(new Schema.Parser().parse(result.get("byIdSchema").asText())).isEqualTo(schema);
        assertThat(result.get("latest").get("subject").asText()).isEqualTo(subject);
        assertThat(result.get("latest").get("id").asInt()).isEqualTo(ourId);
        assertThat(result.get("latest").get("version").asInt()).isEqualTo(1);
        assertThat(result.get("compatible").asBoolean()).isTrue();
        assertThat(result.get("incompatible").asBoolean()).isFalse();
        assertThat(result.get("updatedConfig").toString()).as("PUT /config echo, under Confluent's either key")
                .matches(".*\"compatibility(Level)?\":\"FULL\".*");
        assertThat(result.get("config").get("compatibilityLevel").asText()).isEqualTo("FULL");
        assertThat(HttpSchemaRegistryClient.of(platform.schemaRegistryUrl()).compatibility(subject)).isEqualTo("FULL");
        assertThat(result.get("versions")).hasSize(1);
        assertThat(result.get("subjectListed").asBoolean()).isTrue();
        assertThat(result.get("unknownSubject").get("status").asInt()).isEqualTo(404);
        assertThat(result.get("unknownSubject").get("errorCode").asInt()).isEqualTo(40401);
    }

    @Test
    void confluentsClientParsesAndRegistersEveryPlatformEventUnderTheSameIdsAsOurs() throws IOException {
        // given
        String topic = "interop-" + UUID.randomUUID();
        List<Map<String, String>> entries = EventCatalogue.all().stream()
                .map(event -> Map.of("subject", event.subjectOn(topic), "schema", event.schema().toString()))
                .toList();

        // when
        JsonNode result = confluent.runWithInput("register-all", JSON.writeValueAsString(entries),
                platform.schemaRegistryUrl());

        // then
        HttpSchemaRegistryClient ours = HttpSchemaRegistryClient.of(platform.schemaRegistryUrl());
        assertThat(result.get("registered")).hasSize(EventCatalogue.all().size()).isNotEmpty();
        for (JsonNode registered : result.get("registered")) {
            EventType event = EventCatalogue.all().stream()
                    .filter(candidate -> candidate.subjectOn(topic).equals(registered.get("subject").asText()))
                    .findFirst().orElseThrow();
            assertThat(registered.get("typeName").asText()).isEqualTo(event.fullName());
            assertThat(registered.get("id").asInt()).as(event.fullName())
                    .isEqualTo(ours.lookup(event.subjectOn(topic), event.schema()).id());
        }
    }

    @Test
    void everyPlatformEventOurSerializerWritesIsReadAndRewrittenByteForByteByConfluents() throws IOException {
        // given
        String topic = "interop-" + UUID.randomUUID();
        Map<String, String> ourHexBySubject = new LinkedHashMap<>();
        try (Serializer<Object> serializer = new ConfluentAvroSerializer()) {
            serializer.configure(Map.of("schema.registry.url", platform.schemaRegistryUrl()), false);
            for (EventType event : EventCatalogue.all()) {
                byte[] ours = serializer.serialize(topic, SyntheticRecords.of(event.schema()));
                ourHexBySubject.put(event.subjectOn(topic), HexFormat.of().formatHex(ours));
            }
        }
        List<Map<String, String>> entries = ourHexBySubject.entrySet().stream()
                .map(entry -> Map.of("subject", entry.getKey(), "hex", entry.getValue()))
                .toList();

        // when
        JsonNode result = confluent.runWithInput("reencode", JSON.writeValueAsString(entries),
                platform.schemaRegistryUrl(), topic);

        // then
        assertThat(result.get("rewritten")).hasSize(ourHexBySubject.size()).isNotEmpty();
        for (JsonNode rewritten : result.get("rewritten")) {
            String subject = rewritten.get("subject").asText();
            assertThat(rewritten.get("hex").asText()).as(subject).isEqualTo(ourHexBySubject.get(subject));
        }
    }

    private static GenericRecord aVictimUpdate() {
        GenericData.Record record = new GenericData.Record(schema);
        record.put("eventId", "3f1c9a52-0000-4000-8000-00000000a001");
        record.put("urn", URN);
        record.put("occurredAt", Instant.parse("2025-06-02T09:30:00Z").toEpochMilli());
        record.put("milestone", new GenericData.EnumSymbol(schema.getField("milestone").schema(), "DECISION_MADE"));
        record.put("nextStep", "Your ISVA will call to explain the decision");
        record.put("workingDaysToTell", 1);
        record.put("consented", true);
        record.put("offenceCodes", List.of("SX03001", "SX03002A"));
        return record;
    }

    /** Field values as plain JSON-like Java values: strings, numbers, booleans, lists. */
    private static Map<String, Object> fieldsOf(GenericRecord record) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Schema.Field field : record.getSchema().getFields()) {
            fields.put(field.name(), plain(record.get(field.name())));
        }
        return fields;
    }

    private static Object plain(Object value) {
        if (value instanceof CharSequence || value instanceof GenericData.EnumSymbol) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            List<Object> plain = new ArrayList<>();
            list.forEach(item -> plain.add(plain(item)));
            return plain;
        }
        return value;
    }

    private static Schema withExtraField(Schema.Field extra) {
        List<Schema.Field> fields = new ArrayList<>();
        schema.getFields().forEach(field -> fields.add(new Schema.Field(field, field.schema())));
        fields.add(extra);
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    private KafkaProducer<String, Object> producer(Class<?> valueSerializer) {
        return new KafkaProducer<>(asAdmin(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, valueSerializer,
                ProducerConfig.ACKS_CONFIG, "all",
                "schema.registry.url", platform.schemaRegistryUrl())));
    }

    /** The harness's client settings: these, as the broker's super user. */
    private Map<String, Object> asAdmin(Map<String, Object> settings) {
        Map<String, Object> config = new java.util.HashMap<>(platform.kafkaAdminProperties());
        config.putAll(settings);
        return config;
    }

    private ConsumerRecord<String, Object> consumeOne(String topic, Class<?> valueDeserializer) {
        List<ConsumerRecord<String, Object>> received = new ArrayList<>();
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(asAdmin(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "interop-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, valueDeserializer,
                "schema.registry.url", platform.schemaRegistryUrl())))) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return !received.isEmpty();
            });
        }
        return received.get(0);
    }
}
