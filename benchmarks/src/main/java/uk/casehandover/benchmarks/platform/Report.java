package uk.casehandover.benchmarks.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one table (markdown, each platform figure also as a ratio of the baseline at the same offered rate, or of the
 * maximum baselines for the maximum) and the raw data: results.json (every row), timeseries.csv (once a second: CPU,
 * memory, CPS consumer lag), handovers.csv (every case file's three timestamps) and profile.md (the JFR summary).
 */
final class Report {

    private Report() {
    }

    static String table(List<PlatformBenchmark.Result> results, Options options) {
        StringBuilder out = new StringBuilder();
        out.append("| phase | offered /s | achieved /s | p50 ms | p95 ms | p99 ms | max ms | round trip p99 ms "
                + "| ÷ raw Kafka (/s, p99) | ÷ raw relay (/s, p99) | CPU % platform / PG / load | MB platform / PG "
                + "| max lag | load avg | notes |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|---:|---:|---|\n");
        for (PlatformBenchmark.Result r : results) {
            PlatformBenchmark.PhaseStats s = r.stats();
            String kafka = "";
            String relay = "";
            if (r.kind().equals("platform")) {
                kafka = ratio(s, baseline(results, "kafka", r.offered()));
                relay = ratio(s, baseline(results, "relay", r.offered()));
            }
            ProcessSampler.Usage u = r.usage();
            out.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %s | %s | %s | %s | %s | %s | %s | %.0f / %.0f / %.0f | %.0f / %.0f | %s | %.1f | %s |%n",
                    r.phase(), r.offered() == 0 ? "max" : String.format(Locale.ROOT, "%.0f", r.offered()),
                    s.perSecond(), ms(s.latency().p50Ms()), ms(s.latency().p95Ms()), ms(s.latency().p99Ms()),
                    ms(s.latency().maxMs()), ms(s.roundTrip().p99Ms()), kafka, relay, u.platformCpu(),
                    u.postgresCpu(), u.loadCpu(), u.platformMb(), u.postgresMb(),
                    r.maxLag() < 0 ? "" : String.valueOf(r.maxLag()), u.loadAverage(), r.notes()));
        }
        return out.toString();
    }

    private static Optional<PlatformBenchmark.PhaseStats> baseline(List<PlatformBenchmark.Result> results, String kind,
            double offered) {
        return results.stream().filter(r -> r.kind().equals(kind) && r.offered() == offered).findFirst()
                .map(PlatformBenchmark.Result::stats);
    }

    private static String ratio(PlatformBenchmark.PhaseStats platform, Optional<PlatformBenchmark.PhaseStats> baseline) {
        if (baseline.isEmpty() || baseline.get().perSecond() == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%.2f×, %.1f×", platform.perSecond() / baseline.get().perSecond(),
                platform.latency().p99Ms() / baseline.get().latency().p99Ms());
    }

    private static String ms(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.0f", value);
    }

    static void write(Path directory, List<PlatformBenchmark.Result> results, List<ProcessSampler.Sample> samples,
            Collection<Handovers.Handover> handovers, String table, String profile, Options options) throws IOException {
        Files.writeString(directory.resolve("table.md"), table);
        if (!profile.isEmpty()) {
            Files.writeString(directory.resolve("profile.md"), profile);
        }
        StringBuilder series = new StringBuilder("epoch_ms,platform_cpu_pct,postgres_cpu_pct,load_cpu_pct,"
                + "platform_rss_mb,postgres_pss_mb,load_rss_mb,cps_consumer_lag,load_average_1m\n");
        for (ProcessSampler.Sample s : samples) {
            series.append(String.format(Locale.ROOT, "%d,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%d,%.2f%n", s.epochMillis(),
                    s.platformCpu(), s.postgresCpu(), s.loadCpu(), s.platformMb(), s.postgresMb(), s.loadMb(), s.lag(),
                    s.loadAverage()));
        }
        Files.writeString(directory.resolve("timeseries.csv"), series);
        StringBuilder each = new StringBuilder("urn,police_recorded_at_us,cps_applied_at_us,police_acknowledged_at_us\n");
        for (Handovers.Handover h : handovers) {
            each.append(h.urn()).append(',').append(h.sentMicros()).append(',').append(h.appliedMicros()).append(',')
                    .append(h.acknowledgedMicros()).append('\n');
        }
        Files.writeString(directory.resolve("handovers.csv"), each);
        StringBuilder json = new StringBuilder("{\n  \"options\": ").append(quote(options.toString())).append(",\n  \"results\": [\n");
        for (int i = 0; i < results.size(); i++) {
            PlatformBenchmark.Result r = results.get(i);
            PlatformBenchmark.PhaseStats s = r.stats();
            ProcessSampler.Usage u = r.usage();
            json.append(String.format(Locale.ROOT, "    {\"phase\": %s, \"kind\": %s, \"offeredPerSecond\": %.1f, "
                            + "\"count\": %d, \"perSecond\": %.1f, \"latencyMs\": %s, \"roundTripMs\": %s, "
                            + "\"cpuPercent\": {\"platform\": %s, \"postgres\": %s, \"load\": %s}, "
                            + "\"memoryMb\": {\"platform\": %s, \"postgres\": %s, \"load\": %s}, \"maxLag\": %d, \"notes\": %s}%s%n",
                    quote(r.phase()), quote(r.kind()), r.offered(), s.count(), s.perSecond(), json(s.latency()),
                    json(s.roundTrip()), num(u.platformCpu()), num(u.postgresCpu()), num(u.loadCpu()),
                    num(u.platformMb()), num(u.postgresMb()), num(u.loadMb()), r.maxLag(), quote(r.notes()),
                    i == results.size() - 1 ? "" : ","));
        }
        json.append("  ]\n}\n");
        Files.writeString(directory.resolve("results.json"), json);
    }

    private static String json(Percentiles p) {
        return String.format(Locale.ROOT, "{\"count\": %d, \"p50\": %s, \"p95\": %s, \"p99\": %s, \"max\": %s}",
                p.count(), num(p.p50Ms()), num(p.p95Ms()), num(p.p99Ms()), num(p.maxMs()));
    }

    private static String num(double value) {
        return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
