package uk.casehandover.benchmarks.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the services' own databases say about each case file handed over, read after the fact so no HTTP timing is
 * involved. Sender's commit: the police service's {@code handover_log.recorded_at} of the {@code CaseFileSubmitted}
 * it sent (set in the submitting transaction, just before it commits). Receiver's commit: the CPS service's
 * {@code handover_inbox.applied_at} for that event id ({@code now()}, i.e. the start of the transaction that applies
 * it and commits a few milliseconds later). Round trip: the police {@code acknowledged_at}, when the CPS receipt
 * was applied back at the police. All on one machine, one clock.
 */
final class Handovers {

    /** One case file: sender commit, receiver commit, receipt back at the sender (epoch µs; 0 = not yet). */
    record Handover(String urn, long sentMicros, long appliedMicros, long acknowledgedMicros) {
    }

    private final String policeUrl;
    private final String cpsUrl;
    private final String user;
    private final String password;

    Handovers(String jdbcBase, String user, String password) {
        this.policeUrl = jdbcBase + "police_service";
        this.cpsUrl = jdbcBase + "cps_service";
        this.user = user;
        this.password = password;
    }

    long sentByPolice() throws SQLException {
        try (Connection police = DriverManager.getConnection(policeUrl, user, password);
             PreparedStatement count = police.prepareStatement("SELECT count(*) FROM handover_log "
                     + "WHERE direction = 'SENT' AND event_type = 'CaseFileSubmitted'");
             ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    long appliedAtCps() throws SQLException {
        try (Connection cps = DriverManager.getConnection(cpsUrl, user, password);
             PreparedStatement count = cps.prepareStatement(
                     "SELECT count(*) FROM handover_inbox WHERE event_type LIKE '%CaseFileSubmitted'");
             ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Waits until CPS applied {@code expected} case files in all, or the timeout passes; returns how many it had. */
    long awaitApplied(long expected, Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long applied;
        while ((applied = appliedAtCps()) < expected && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        return applied;
    }

    /** Every case file sent so far, by URN, with what each side recorded. */
    Map<String, Handover> all() throws SQLException {
        Map<String, long[]> byEvent = new HashMap<>();
        Map<String, String> urns = new HashMap<>();
        try (Connection police = DriverManager.getConnection(policeUrl, user, password);
             PreparedStatement sent = police.prepareStatement("SELECT event_id, urn, recorded_at, acknowledged_at "
                     + "FROM handover_log WHERE direction = 'SENT' AND event_type = 'CaseFileSubmitted'");
             ResultSet rows = sent.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString(1);
                urns.put(id, rows.getString(2));
                byEvent.put(id, new long[] {micros(rows.getTimestamp(3)), 0, micros(rows.getTimestamp(4))});
            }
        }
        try (Connection cps = DriverManager.getConnection(cpsUrl, user, password);
             PreparedStatement applied = cps.prepareStatement("SELECT event_id, applied_at FROM handover_inbox "
                     + "WHERE event_type LIKE '%CaseFileSubmitted'");
             ResultSet rows = applied.executeQuery()) {
            while (rows.next()) {
                long[] times = byEvent.get(rows.getString(1));
                if (times != null) {
                    times[1] = micros(rows.getTimestamp(2));
                }
            }
        }
        Map<String, Handover> handovers = new HashMap<>();
        byEvent.forEach((id, t) -> handovers.put(urns.get(id), new Handover(urns.get(id), t[0], t[1], t[2])));
        return handovers;
    }

    private static long micros(Timestamp timestamp) {
        if (timestamp == null) {
            return 0;
        }
        return timestamp.getTime() / 1000 * 1_000_000 + timestamp.getNanos() / 1000;
    }

    /** Of the given URNs' handovers: count applied, throughput (first send → last apply), one-way and round trip. */
    static Summary summarise(Collection<String> urns, Map<String, Handover> all) {
        List<Long> oneWay = new ArrayList<>();
        List<Long> roundTrip = new ArrayList<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long sent = 0;
        for (String urn : urns) {
            Handover handover = all.get(urn);
            if (handover == null) {
                continue;
            }
            sent++;
            if (handover.appliedMicros() != 0) {
                oneWay.add(handover.appliedMicros() - handover.sentMicros());
                first = Math.min(first, handover.sentMicros());
                last = Math.max(last, handover.appliedMicros());
            }
            if (handover.acknowledgedMicros() != 0) {
                roundTrip.add(handover.acknowledgedMicros() - handover.sentMicros());
            }
        }
        double seconds = oneWay.isEmpty() ? 0 : (last - first) / 1e6;
        return new Summary(sent, oneWay.size(), seconds,
                Percentiles.ofMicros(oneWay.stream().mapToLong(Long::longValue).toArray()),
                Percentiles.ofMicros(roundTrip.stream().mapToLong(Long::longValue).toArray()));
    }

    record Summary(long sent, long applied, double seconds, Percentiles oneWay, Percentiles roundTrip) {
        double perSecond() {
            return seconds <= 0 ? 0 : applied / seconds;
        }
    }
}
