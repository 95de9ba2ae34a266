package uk.casehandover.timeliness;

import static org.awaitility.Awaitility.await;
import static uk.casehandover.schemas.fixtures.SampleEvents.aHandoverAcknowledged;
import static uk.casehandover.schemas.fixtures.SampleEvents.anEarlyAdviceRequested;
import static uk.casehandover.schemas.fixtures.SampleEvents.metadata;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.platform.serde.ConfluentAvroSerializer;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;
import uk.casehandover.police.v1.EarlyAdviceRequested;
import uk.casehandover.schemas.Topics;

/**
 * Not a test (no assertion on speed, not run by the build): a measurement on the real platform, run on demand with
 * {@code mvn -o -pl services/timeliness-service verify -Dit.test=TimelinessThroughputMeasurement -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dmeasurement.handovers=N}, default 2000).
 * Sends N early-advice requests (each starts a clock and awaits an acknowledgement) and N/2 acknowledgements, and
 * prints how long the service took to take them all in, then how long one sweep took to raise the N/2 overdue
 * handovers and N breaches.
 */
@RealPlatformTest
@SpringBootTest(classes = {TimelinessServiceApplication.class, TimelinessServiceIT.TestTime.class},
        properties = {
                "casehandover.timeliness.sweep-interval=PT1H",
                "logging.level.kafka=WARN", "logging.level.org.apache.kafka=WARN",
                "logging.level.uk.casehandover=WARN"})
class TimelinessThroughputMeasurement {

    static final int N = Integer.getInteger("measurement.handovers", 2_000);
    static final Instant T0 = TimelinessServiceIT.T0;

    static RealPlatform platform;
    static String database;

    @Autowired
    MutableClock clock;

    @Autowired
    Sweeps sweeps;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void platform(RealPlatform started) {
        platform = started;
        database = started.newDatabase("timeliness_service");
    }

    @DynamicPropertySource
    static void platformProperties(DynamicPropertyRegistry properties) {
        platform.serviceProperties(database).forEach((name, value) -> properties.add(name, () -> value));
    }

    @Test
    void measure() {
        clock.set(T0);
        List<EarlyAdviceRequested> requests = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            String urn = String.format("01MS%07d", i);
            requests.add(anEarlyAdviceRequested().setMetadata(metadata(Agency.POLICE).setUrn(urn)
                    .setOccurredAt(T0).setCorrelationId(UUID.randomUUID()).build()).build());
        }
        long sending = System.nanoTime();
        try (KafkaProducer<String, Object> producer = producer()) {
            for (int i = 0; i < N; i++) {
                send(producer, Topics.POLICE_TO_CPS, requests.get(i));
                if (i % 2 == 0) {
                    HandoverMetadata handover = requests.get(i).getMetadata();
                    send(producer, Topics.CPS_TO_POLICE, aHandoverAcknowledged().setMetadata(metadata(Agency.CPS)
                            .setUrn(handover.getUrn()).setOccurredAt(T0.plusSeconds(1))
                            .setCorrelationId(handover.getCorrelationId()).setCausationId(handover.getEventId())
                            .build()).setAcknowledgedEventId(handover.getEventId()).build());
                }
            }
            producer.flush();
        }
        long sent = System.nanoTime();
        int records = N + (N + 1) / 2;
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.sql(
                "SELECT count(*) FROM handover_inbox").query(Integer.class).single() == records);
        long takenIn = System.nanoTime();

        clock.set(T0.plus(Duration.ofDays(30)));
        long sweeping = System.nanoTime();
        int raised = sweeps.sweep();
        long swept = System.nanoTime();

        System.out.printf("%nMEASUREMENT timeliness-service: %d records sent in %.1f s; all taken in %.1f s after the "
                        + "first send (%.0f records/s end to end); one sweep raised %d events in %.2f s (%.0f events/s)%n%n",
                records, seconds(sending, sent), seconds(sending, takenIn), records / seconds(sending, takenIn),
                raised, seconds(sweeping, swept), raised / seconds(sweeping, swept));
    }

    /** Sends without waiting for each acknowledgement, as HandoverWire does one at a time: the service, not the sender, is measured. */
    private static void send(KafkaProducer<String, Object> producer, String topic, SpecificRecord event) {
        HandoverMetadata metadata = (HandoverMetadata) event.get(0);
        ProducerRecord<String, Object> record = new ProducerRecord<>(topic, metadata.getUrn(), event);
        record.headers().add(Topics.HEADER_EVENT_ID, metadata.getEventId().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(Topics.HEADER_EVENT_TYPE,
                event.getSchema().getFullName().getBytes(StandardCharsets.UTF_8));
        producer.send(record);
    }

    private static KafkaProducer<String, Object> producer() {
        Map<String, Object> config = new java.util.HashMap<>(platform.kafkaAdminProperties());
        config.putAll(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ConfluentAvroSerializer.class,
                "schema.registry.url", platform.schemaRegistryUrl()));
        return new KafkaProducer<>(config);
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
