package uk.casehandover.audit.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.casehandover.transparency.HandoverEntry;

class CaseHistoryTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final Map<String, String> RECEIVERS = Map.of("handover.police-to-cps", "CPS", "handover.cps-to-police",
            "POLICE", "handover.police-to-isva", "ISVA_SERVICE", "handover.isva-to-police", "POLICE");
    private final List<LoggedEntry> log = new ArrayList<>();

    @Test
    void aHandoverIsAcknowledgedByTheFirstLaterAcknowledgementFromItsReceiver() {
        logged("file", "handover.police-to-cps", "POLICE", null, 0);
        logged("police-own-ack", "handover.police-to-cps", "POLICE", "file", 1);
        logged("receipt", "handover.cps-to-police", "CPS", "file", 2);
        logged("second-receipt", "handover.cps-to-police", "CPS", "file", 3);

        List<CaseHistory.Handover> history = CaseHistory.of(log);

        assertThat(history.get(0).receiver()).isEqualTo("CPS");
        assertThat(history.get(0).acknowledgedByEventId()).isEqualTo("receipt");
        assertThat(history.get(0).acknowledgedAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(history.get(2).acknowledgedByEventId()).isNull();
    }

    @Test
    void anAcknowledgementLoggedBeforeTheHandoverDoesNotCount() {
        logged("early-ack", "handover.cps-to-police", "CPS", "file", 0);
        logged("file", "handover.police-to-cps", "POLICE", null, 1);
        assertThat(CaseHistory.of(log).get(1).acknowledgedByEventId()).isNull();
    }

    @Test
    void anAgencyHadReceivedOnlyWhatWasAddressedToItAndOnKafkaByThen() {
        logged("file", "handover.police-to-cps", "POLICE", null, 0);
        logged("receipt", "handover.cps-to-police", "CPS", "file", 10);
        logged("answer", "handover.police-to-cps", "POLICE", null, 20);
        logged("update", "handover.police-to-isva", "POLICE", null, 30);

        assertThat(CaseHistory.receivedBy("CPS", T0.plusSeconds(20), log)).extracting(h -> h.logged().entry().eventId())
                .containsExactly("file", "answer");
        assertThat(CaseHistory.receivedBy("CPS", T0.plusSeconds(19), log)).extracting(h -> h.logged().entry().eventId())
                .containsExactly("file");
        assertThat(CaseHistory.receivedBy("ISVA_SERVICE", T0.plusSeconds(60), log)).extracting(h -> h.logged().entry().eventId())
                .containsExactly("update");
        assertThat(CaseHistory.receivedBy("POLICE", T0.minusSeconds(1), log)).isEmpty();
    }

    private void logged(String eventId, String topic, String agency, String acknowledges, int seconds) {
        Instant at = T0.plusSeconds(seconds);
        HandoverEntry entry = new HandoverEntry(new byte[32], topic, 0, log.size(), eventId, "uk.casehandover.x.v1.Fact",
                "01ZD0304208", agency, "01", at, at, at.plusMillis(5));
        log.add(new LoggedEntry(log.size(), entry, RECEIVERS.get(topic), acknowledges));
    }
}
