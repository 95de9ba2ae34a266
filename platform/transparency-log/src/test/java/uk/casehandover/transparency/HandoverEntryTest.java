package uk.casehandover.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HandoverEntryTest {

    private static final byte[] RECORD = "synthetic record bytes".getBytes(StandardCharsets.UTF_8);

    static HandoverEntry anEntry() {
        return new HandoverEntry(HandoverEntry.recordHash(RECORD), "handover.police-to-cps", 2, 17,
                "7d3f5d0e-2f6e-4e8a-9d61-3d7c2f7c1a11", "uk.casehandover.police.v1.CaseFileSubmitted", "01ZD0304208",
                "POLICE", "01", Instant.parse("2026-11-29T10:15:30.123456Z"), Instant.parse("2026-11-29T10:15:30.200Z"),
                Instant.parse("2026-11-29T10:15:31.005Z"));
    }

    @Test
    void encodesTheDocumentedLayout() {
        HandoverEntry entry = anEntry();
        ByteBuffer data = ByteBuffer.wrap(entry.leafData());
        assertThat(data.get()).isEqualTo((byte) 1);
        byte[] sha = new byte[32];
        data.get(sha);
        assertThat(sha).isEqualTo(Hashing.sha256(RECORD));
        assertThat(string(data)).isEqualTo("handover.police-to-cps");
        assertThat(data.getInt()).isEqualTo(2);
        assertThat(data.getLong()).isEqualTo(17);
        assertThat(string(data)).isEqualTo("7d3f5d0e-2f6e-4e8a-9d61-3d7c2f7c1a11");
        assertThat(string(data)).isEqualTo("uk.casehandover.police.v1.CaseFileSubmitted");
        assertThat(string(data)).isEqualTo("01ZD0304208");
        assertThat(string(data)).isEqualTo("POLICE");
        assertThat(string(data)).isEqualTo("01");
        assertThat(data.getLong()).isEqualTo(Instant.parse("2026-11-29T10:15:30.123Z").toEpochMilli());
        assertThat(data.getLong()).isEqualTo(Instant.parse("2026-11-29T10:15:30.200Z").toEpochMilli());
        assertThat(data.getLong()).isEqualTo(Instant.parse("2026-11-29T10:15:31.005Z").toEpochMilli());
        assertThat(data.hasRemaining()).isFalse();
        assertThat(entry.leafHash()).isEqualTo(Hashing.leafHash(entry.leafData()));
    }

    @Test
    void anyChangedFieldChangesTheLeaf() {
        HandoverEntry entry = anEntry();
        HandoverEntry otherUrn = new HandoverEntry(entry.recordSha256(), entry.topic(), entry.partition(), entry.offset(),
                entry.eventId(), entry.eventType(), "01ZD0304209", entry.producingAgency(), entry.producerId(), entry.occurredAt(),
                entry.recordTimestamp(), entry.loggedAt());
        HandoverEntry otherOffset = new HandoverEntry(entry.recordSha256(), entry.topic(), entry.partition(), 18,
                entry.eventId(), entry.eventType(), entry.urn(), entry.producingAgency(), entry.producerId(), entry.occurredAt(),
                entry.recordTimestamp(), entry.loggedAt());
        assertThat(otherUrn.leafHash()).isNotEqualTo(entry.leafHash());
        assertThat(otherOffset.leafHash()).isNotEqualTo(entry.leafHash());
        assertThat(entry.describes(RECORD)).isTrue();
        byte[] altered = RECORD.clone();
        altered[0] ^= 1;
        assertThat(entry.describes(altered)).isFalse();
    }

    @Test
    void refusesAnEntryWithoutItsFields() {
        assertThatThrownBy(() -> new HandoverEntry(new byte[31], "t", 0, 0, "e", "t", "u", "a", "p", Instant.EPOCH, Instant.EPOCH,
                Instant.EPOCH)).hasMessageContaining("recordSha256");
        assertThatThrownBy(() -> new HandoverEntry(new byte[32], "t", 0, 0, "e", "t", null, "a", "p", Instant.EPOCH, Instant.EPOCH,
                Instant.EPOCH)).hasMessageContaining("urn is required");
    }

    private static String string(ByteBuffer data) {
        byte[] utf8 = new byte[data.getInt()];
        data.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
