package uk.casehandover.benchmarks.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The end-to-end benchmark's load generator, run against a local platform started apart from it (see
 * {@code benchmarks/run} and docs/benchmarks.md): the raw Kafka and raw outbox-relay baselines, then case files
 * submitted through the police service's API at fixed offered rates and at the most it takes, each until CPS has
 * applied them; figures from the services' own databases, process CPU and memory from /proc, CPS's consumer lag
 * from Kafka, a JFR profile of the platform during the maximum-rate phase. Prints one table and writes the raw data.
 */
public final class PlatformBenchmark {

    static final String HANDOVER_TOPIC = "handover.police-to-cps";
    static final String CPS_GROUP = "cps-service";
    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";

    private final Options options;
    private final PoliceApi police;
    private final Handovers handovers;
    private final List<Result> results = new ArrayList<>();
    private ProcessSampler sampler;
    private String profile = "";

    /** One row of the table; {@code group} names which baseline rows it is compared with. */
    record Result(String phase, String kind, double offered, PhaseStats stats, ProcessSampler.Usage usage, long maxLag,
            String notes) {
    }

    record PhaseStats(long count, double perSecond, Percentiles latency, Percentiles roundTrip) {
    }

    private PlatformBenchmark(Options options) {
        this.options = options;
        this.police = new PoliceApi(options.policeUrl(), new Authentication(options.identityProvider()));
        this.handovers = new Handovers(options.jdbcBase(), USER, PASSWORD);
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("platform-benchmark: " + e.getMessage());
            System.exit(2);
            return;
        }
        new PlatformBenchmark(options).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Files.createDirectories(options.out());
        createTopics();
        sampler = new ProcessSampler(options.platformPid(), options.postgresData(), options.kafkaClient(), CPS_GROUP,
                HANDOVER_TOPIC);
        try {
            String unit = "" + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
                    + (char) ('A' + ThreadLocalRandom.current().nextInt(26));
            int next = 0;
            List<String> warmup = urns(unit, next, options.warmupCases());
            next += warmup.size();
            openCases(warmup);
            log("warm-up: %d case files", warmup.size());
            Load.Outcome warm = Load.run(warmup, 0, options.maxInFlight(), 3600, police::submitCaseFile);
            requireNoFailures("warm-up", warm);
            awaitApplied(warm.succeeded(), "warm-up");
            int recordSize = handoverRecordSize();
            log("a serialized CaseFileSubmitted on %s is %d bytes; the baselines send records of that size",
                    HANDOVER_TOPIC, recordSize);

            baselines(recordSize);

            long appliedSoFar = warm.succeeded();
            List<List<String>> phases = new ArrayList<>();
            for (double rate : options.rates()) {
                List<String> urns = urns(unit, next, (int) Math.min(Math.ceil(rate * options.phaseSeconds()),
                        options.phaseCases()));
                next += urns.size();
                openCases(urns);
                phases.add(urns);
                appliedSoFar = platformPhase(String.format("platform @ %.0f/s", rate), rate, urns, appliedSoFar, false);
            }
            List<String> max = urns(unit, next, options.maxCases());
            openCases(max);
            phases.add(max);
            platformPhase("platform, max (closed loop, " + options.maxInFlight() + " in flight)", 0, max,
                    appliedSoFar, options.profile());

            Map<String, Handovers.Handover> sent = handovers.all();
            fillPlatformStats(sent, phases);
            String table = Report.table(results, options);
            System.out.println();
            System.out.println(table);
            Report.write(options.out(), results, sampler.samples(), sent.values(), table, profile, options);
            log("raw data in %s", options.out().toAbsolutePath());
        } finally {
            sampler.close();
        }
    }

    private final List<Load.Outcome> platformOutcomes = new ArrayList<>();
    private final List<long[]> platformWindows = new ArrayList<>();

    private long platformPhase(String name, double rate, List<String> urns, long appliedBefore, boolean profiled)
            throws Exception {
        Path recording = options.out().resolve("platform-max.jfr").toAbsolutePath();
        if (profiled) {
            log("JFR: %s", JfrSummary.jcmd(options.platformPid(), "JFR.start", "name=platform-benchmark",
                    "settings=profile"));
        }
        double seconds = rate == 0 ? options.maxSeconds() : options.phaseSeconds();
        log("%s for %.0f s", name, seconds);
        Load.Outcome outcome;
        try (BacklogGuard guard = new BacklogGuard(handovers, options.backlogLimit())) {
            outcome = Load.run(urns, rate, rate == 0 ? options.maxInFlight() : 1024, seconds, guard::exceeded,
                    police::submitCaseFile);
        }
        long expected = appliedBefore + outcome.succeeded();
        long applied = awaitApplied(expected, name);
        long drained = System.currentTimeMillis();
        if (profiled) {
            log("JFR: %s", JfrSummary.jcmd(options.platformPid(), "JFR.stop", "name=platform-benchmark",
                    "filename=" + recording));
        }
        if (profiled && Files.exists(recording)) {
            profile = JfrSummary.summarise(recording, 15);
        }
        double offeredFor = (outcome.endMillis() - outcome.startMillis()) / 1000.0;
        String notes = "";
        if (outcome.stopped()) {
            notes = String.format("NOT SUSTAINED: stopped offering after %.1f s, more than %d sent but not applied "
                    + "at CPS (--backlog-limit)", offeredFor, options.backlogLimit());
        } else if (rate > 0 && outcome.used() < urns.size()) {
            notes = String.format("offered %d of %d in %.1f s (the generator fell behind)", outcome.used(),
                    urns.size(), offeredFor);
        } else if (rate > 0 && offeredFor < options.phaseSeconds() * 0.95) {
            notes = String.format("offered for %.1f s (--phase-cases %d)", offeredFor, options.phaseCases());
        }
        if (!outcome.failures().isEmpty()) {
            notes += (notes.isEmpty() ? "" : "; ") + "refused: " + outcome.failures();
        }
        if (rate == 0 && outcome.used() == urns.size()) {
            notes += (notes.isEmpty() ? "" : "; ") + String.format("used all %d cases in %.1f s (--max-cases)",
                    urns.size(), offeredFor);
        }
        results.add(new Result(name, "platform", rate, null,
                sampler.usage(outcome.startMillis(), drained), sampler.maxLag(outcome.startMillis(), drained), notes));
        platformOutcomes.add(outcome);
        platformWindows.add(new long[] {outcome.startMillis(), drained});
        return applied;
    }

    private void fillPlatformStats(Map<String, Handovers.Handover> sent, List<List<String>> phases) {
        int p = 0;
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            if (!r.kind().equals("platform")) {
                continue;
            }
            List<String> used = phases.get(p).subList(0, platformOutcomes.get(p).used());
            Handovers.Summary summary = Handovers.summarise(used, sent);
            String notes = r.notes();
            if (summary.applied() < summary.sent()) {
                notes += (notes.isEmpty() ? "" : "; ") + (summary.sent() - summary.applied()) + " not applied by CPS";
            }
            results.set(i, new Result(r.phase(), r.kind(), r.offered(), new PhaseStats(summary.applied(),
                    summary.perSecond(), summary.oneWay(), summary.roundTrip()), r.usage(), r.maxLag(), notes));
            p++;
        }
    }

    private void openCases(List<String> urns) throws InterruptedException {
        Load.Outcome opened = Load.run(urns, 0, options.maxInFlight(), 3600, police::openCase);
        log("opened %d synthetic cases in %.1f s (%.0f/s; not timed as handovers)", opened.succeeded(),
                opened.seconds(), opened.succeeded() / Math.max(0.001, opened.seconds()));
        requireNoFailures("opening cases", opened);
    }

    private void baselines(int recordSize) throws Exception {
        RawKafkaBaseline kafka = new RawKafkaBaseline(options.kafkaClient(), recordSize);
        kafka.run(1000, 1); // warm the producer and consumer
        baseline("raw Kafka, max", "kafka", 0, () -> kafka.run(0, options.baselineSeconds() * 1.5));
        for (double rate : options.rates()) {
            baseline(String.format("raw Kafka @ %.0f/s", rate), "kafka", rate, () -> kafka.run(rate, options.baselineSeconds()));
        }
        try (RawRelayBaseline relay = new RawRelayBaseline(options.kafkaClient(), options.jdbcBase(), USER, PASSWORD,
                recordSize, 16)) {
            relay.startRelay();
            relay.run(100, 2); // warm the relay, the writers and the consumer
            baseline("raw outbox relay, max", "relay", 0, () -> relay.run(0, options.baselineSeconds() * 1.5));
            for (double rate : options.rates()) {
                baseline(String.format("raw outbox relay @ %.0f/s", rate), "relay", rate,
                        () -> relay.run(rate, options.baselineSeconds()));
            }
        }
    }

    interface Measurement {
        ArrivalRecorder.Measured run() throws Exception;
    }

    private void baseline(String name, String kind, double rate, Measurement measurement) throws Exception {
        log("%s for %.0f s", name, rate == 0 ? options.baselineSeconds() * 1.5 : options.baselineSeconds());
        long start = System.currentTimeMillis();
        ArrivalRecorder.Measured measured = measurement.run();
        long end = System.currentTimeMillis();
        results.add(new Result(name, kind, rate,
                new PhaseStats(measured.received(), measured.perSecond(), measured.latency(), Percentiles.NONE),
                sampler.usage(start, end), -1, ""));
    }

    private long awaitApplied(long expected, String phase) throws Exception {
        long applied = handovers.awaitApplied(expected, Duration.ofSeconds(180));
        if (applied < expected) {
            log("WARNING: after %s CPS applied %d of %d case files within 180 s", phase, applied, expected);
        }
        return applied;
    }

    private static void requireNoFailures(String phase, Load.Outcome outcome) {
        if (!outcome.failures().isEmpty()) {
            throw new IllegalStateException(phase + ": the police service refused calls: " + outcome.failures());
        }
    }

    private void createTopics() throws Exception {
        Properties config = new Properties();
        config.putAll(options.kafkaClient());
        try (Admin admin = Admin.create(config)) {
            // as many partitions as the handover topic, so the baselines spread over the broker alike
            int partitions = admin.describeTopics(List.of(HANDOVER_TOPIC)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(HANDOVER_TOPIC).partitions().size();
            for (String topic : List.of(RawKafkaBaseline.TOPIC, RawRelayBaseline.TOPIC)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all()
                            .get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    /** The size of a real CaseFileSubmitted record: the first one the warm-up put on the handover topic. */
    private int handoverRecordSize() {
        Properties config = new Properties();
        config.putAll(options.kafkaClient());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(HANDOVER_TOPIC).stream()
                    .map(p -> new TopicPartition(HANDOVER_TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    var type = record.headers().lastHeader(uk.casehandover.schemas.Topics.HEADER_EVENT_TYPE);
                    if (type != null && new String(type.value()).endsWith("CaseFileSubmitted")) {
                        return record.value().length;
                    }
                }
            }
        }
        throw new IllegalStateException("no CaseFileSubmitted on " + HANDOVER_TOPIC + " after the warm-up");
    }

    private static List<String> urns(String unit, int from, int count) {
        List<String> urns = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            urns.add(String.format("01%s%07d", unit, i));
        }
        return urns;
    }

    static void log(String format, Object... args) {
        System.out.printf("%s  %s%n", Instant.now().toString().substring(11, 19), String.format(format, args));
        System.out.flush();
    }
}
