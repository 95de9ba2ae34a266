package uk.casehandover.audit.log;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A case's handovers as the log saw them, with each one's acknowledgement: the first later entry, produced by the
 * agency the handover's topic delivers to, that names it (HandoverAcknowledged, CaseFileReceiptAcknowledged,
 * VictimUpdateAcknowledged). An acknowledgement from anyone else does not count.
 */
public final class CaseHistory {

    /** One handover and its acknowledgement ({@code null} fields while none). */
    public record Handover(LoggedEntry logged, String receiver, Instant acknowledgedAt, String acknowledgedByEventId) {
    }

    private CaseHistory() {
    }

    public static List<Handover> of(List<LoggedEntry> entries) {
        Map<String, LoggedEntry> firstAcknowledgement = new HashMap<>();
        Map<String, LoggedEntry> byEvent = new HashMap<>();
        for (LoggedEntry entry : entries) {
            byEvent.put(entry.entry().eventId(), entry);
        }
        for (LoggedEntry ack : entries) {
            String acknowledged = ack.acknowledgesEventId();
            LoggedEntry handover = acknowledged == null ? null : byEvent.get(acknowledged);
            if (handover != null && ack.index() > handover.index()
                    && ack.entry().producingAgency().equals(handover.receivingAgency())) {
                firstAcknowledgement.putIfAbsent(acknowledged, ack);
            }
        }
        return entries.stream().map(entry -> {
            LoggedEntry ack = firstAcknowledgement.get(entry.entry().eventId());
            return new Handover(entry, entry.receivingAgency(), ack == null ? null : ack.entry().occurredAt(),
                    ack == null ? null : ack.entry().eventId());
        }).toList();
    }

    /** What this agency had received about the case at {@code at}: handovers addressed to it, on Kafka by then. */
    public static List<Handover> receivedBy(String agency, Instant at, List<LoggedEntry> entries) {
        return of(entries).stream()
                .filter(h -> agency.equals(h.receiver()) && !h.logged().entry().recordTimestamp().isAfter(at))
                .toList();
    }
}
