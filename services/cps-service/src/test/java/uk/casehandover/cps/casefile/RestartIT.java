package uk.casehandover.cps.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.casehandover.cps.CpsServiceApplication;
import uk.casehandover.cps.casefile.application.CaseDesk;
import uk.casehandover.cps.v1.CaseFileReceiptAcknowledged;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;
import uk.casehandover.runtime.relay.OutboxRelay;

/**
 * A receipt committed while the relay is down is published once the service starts again: the outbox row waits in
 * the WAL of the service's replication slot, which its first start created. (The runtime proves the general case,
 * including lock takeover; this is the CPS service's own light version.)
 */
@RealPlatformTest
class RestartIT {

    static RealPlatform platform;
    static String database;
    static PoliceSide police;

    @BeforeAll
    static void platform(RealPlatform started) {
        platform = started;
        database = started.newDatabase("cps_restart");
        police = new PoliceSide(started, CpsServiceIT.DEAD_LETTERS);
    }

    @AfterAll
    static void closePolice() {
        police.close();
    }

    @Test
    void aReceiptCommittedBeforeARestartIsPublishedAfterIt() {
        String urn = PoliceSide.aNewUrn();
        PoliceHandover.CaseFileSubmission file = CaseStories.submission(urn, CaseStories.aFile().build());

        start(true).close();
        try (ConfigurableApplicationContext withoutRelay = start(false)) {
            withoutRelay.getBean(CaseDesk.class).receive(file);
        }
        assertThat(police.sentByCps(urn)).isEmpty();

        ConfigurableApplicationContext restarted = start(true);
        try {
            CaseFileReceiptAcknowledged receipt = police.awaitFromCps(urn, CaseFileReceiptAcknowledged.class, r -> true);
            assertThat(receipt.getCaseFileEventId()).isEqualTo(file.file().eventId());
        } finally {
            OutboxRelay relay = restarted.getBean(OutboxRelay.class);
            restarted.close();
            relay.dropReplicationSlot(Duration.ofSeconds(30));
        }
    }

    private static ConfigurableApplicationContext start(boolean relay) {
        return new SpringApplicationBuilder(CpsServiceApplication.class)
                .web(WebApplicationType.NONE)
                .run(platform.serviceArguments(database,
                        "--casehandover.outbox.relay.enabled=" + relay,
                        "--casehandover.outbox.relay.lock-retry-interval=200ms",
                        "--spring.cloud.stream.bindings.policeToCps-in-0.group=cps-restart-it",
                        "--spring.cloud.stream.bindings.policeToCps-in-0.consumer.auto-startup=false",
                        "--logging.level.kafka=WARN", "--logging.level.org.apache.kafka=WARN"));
    }
}
