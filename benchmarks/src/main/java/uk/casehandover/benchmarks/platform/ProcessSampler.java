package uk.casehandover.benchmarks.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Once a second: CPU (percent of one core) and memory of the platform's JVM, of every PostgreSQL process of its data
 * directory (the postmaster and its backends, memory as PSS so shared buffers count once) and of this load
 * generator, from /proc; and the lag of a consumer group on a topic, from the Kafka Admin client. Linux only.
 */
final class ProcessSampler implements AutoCloseable {

    /** One second's figures. CPU in percent of one core; memory in MB; lag in records (-1 when unknown). */
    record Sample(long epochMillis, double platformCpu, double postgresCpu, double loadCpu, double platformMb,
            double postgresMb, double loadMb, long lag, double loadAverage) {
    }

    /** What the processes used over a window: mean CPU, peak memory. */
    record Usage(double platformCpu, double postgresCpu, double loadCpu, double platformMb, double postgresMb,
            double loadMb, double loadAverage) {
    }

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final long platformPid;
    private final String postgresDataDirectory;
    private final long loadPid = ProcessHandle.current().pid();
    private final Admin admin;
    private final String group;
    private final String topic;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    ProcessSampler(long platformPid, Path postgresDataDirectory, Map<String, Object> kafkaClient, String group, String topic) {
        this.platformPid = platformPid;
        this.postgresDataDirectory = postgresDataDirectory.toAbsolutePath().normalize().toString();
        Properties config = new Properties();
        config.putAll(kafkaClient);
        this.admin = Admin.create(config);
        this.group = group;
        this.topic = topic;
        this.thread = new Thread(this::run, "process-sampler");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void run() {
        Map<Long, Long> lastTicks = new HashMap<>();
        long lastNanos = System.nanoTime();
        while (running) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            double seconds = (now - lastNanos) / 1e9;
            lastNanos = now;
            List<Long> postgres = postgresPids();
            Map<Long, Long> ticks = new HashMap<>();
            double platformCpu = cpu(platformPid, ticks, lastTicks, seconds);
            double loadCpu = cpu(loadPid, ticks, lastTicks, seconds);
            double postgresCpu = 0;
            double postgresMb = 0;
            for (long pid : postgres) {
                postgresCpu += cpu(pid, ticks, lastTicks, seconds);
                postgresMb += memoryMb(pid, "Pss:");
            }
            lastTicks = ticks;
            Sample sample = new Sample(System.currentTimeMillis(), platformCpu, postgresCpu, loadCpu,
                    memoryMb(platformPid, "Rss:"), postgresMb, memoryMb(loadPid, "Rss:"), lag(), loadAverage());
            synchronized (samples) {
                samples.add(sample);
            }
        }
    }

    /** The postmaster whose command line names the platform's PostgreSQL data directory, and its children. */
    private List<Long> postgresPids() {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            Map<Long, Long> parents = new HashMap<>();
            List<Long> postmasters = new ArrayList<>();
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                long pid = Long.parseLong(p.getFileName().toString());
                String[] stat = stat(pid);
                if (stat == null || !stat[1].startsWith("(postgres")) {
                    return;
                }
                parents.put(pid, Long.parseLong(stat[3]));
                String cmdline = read(p.resolve("cmdline")).replace('\0', ' ');
                if (cmdline.contains(postgresDataDirectory)) {
                    postmasters.add(pid);
                }
            });
            for (Map.Entry<Long, Long> entry : parents.entrySet()) {
                if (postmasters.contains(entry.getKey()) || postmasters.contains(entry.getValue())) {
                    pids.add(entry.getKey());
                }
            }
        } catch (IOException e) {
            return pids;
        }
        return pids;
    }

    private static double cpu(long pid, Map<Long, Long> ticks, Map<Long, Long> lastTicks, double seconds) {
        String[] stat = stat(pid);
        if (stat == null) {
            return 0;
        }
        long total = Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
        ticks.put(pid, total);
        Long before = lastTicks.get(pid);
        return before == null ? 0 : (total - before) / TICKS_PER_SECOND / seconds * 100.0;
    }

    /** Fields of /proc/pid/stat, the command (field 2) kept whole even when it holds spaces. */
    private static String[] stat(long pid) {
        String line = read(Path.of("/proc", String.valueOf(pid), "stat"));
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < 0) {
            return null;
        }
        String[] rest = line.substring(close + 2).split(" ");
        String[] fields = new String[rest.length + 2];
        fields[0] = line.substring(0, open).trim();
        fields[1] = line.substring(open, close + 1);
        System.arraycopy(rest, 0, fields, 2, rest.length);
        return fields;
    }

    private static double memoryMb(long pid, String field) {
        String rollup = read(Path.of("/proc", String.valueOf(pid), "smaps_rollup"));
        for (String line : rollup.split("\n")) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]) / 1024.0;
            }
        }
        return 0;
    }

    /** The machine's 1-minute load average: the other work competing for its 2 cores. */
    private static double loadAverage() {
        String[] fields = read(Path.of("/proc/loadavg")).split(" ");
        try {
            return Double.parseDouble(fields[0]);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private long lag() {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int partition : partitions()) {
                latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                    .get(5, TimeUnit.SECONDS);
            long lag = 0;
            for (var end : ends.entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                lag += end.getValue().offset() - (at == null ? 0 : at.offset());
            }
            return lag;
        } catch (Exception e) {
            return -1;
        }
    }

    private List<Integer> partitions() throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS).get(topic).partitions()
                .stream().map(p -> p.partition()).toList();
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    Usage usage(long fromMillis, long toMillis) {
        List<Sample> window = samples().stream()
                .filter(s -> s.epochMillis() > fromMillis && s.epochMillis() <= toMillis + 500).toList();
        if (window.isEmpty()) {
            return new Usage(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Usage(mean(window, Sample::platformCpu), mean(window, Sample::postgresCpu),
                mean(window, Sample::loadCpu), max(window, Sample::platformMb), max(window, Sample::postgresMb),
                max(window, Sample::loadMb), mean(window, Sample::loadAverage));
    }

    long maxLag(long fromMillis, long toMillis) {
        return samples().stream().filter(s -> s.epochMillis() > fromMillis && s.epochMillis() <= toMillis + 500)
                .mapToLong(Sample::lag).max().orElse(-1);
    }

    private static double mean(Collection<Sample> window, java.util.function.ToDoubleFunction<Sample> field) {
        return window.stream().mapToDouble(field).average().orElse(Double.NaN);
    }

    private static double max(Collection<Sample> window, java.util.function.ToDoubleFunction<Sample> field) {
        return window.stream().mapToDouble(field).max().orElse(Double.NaN);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        admin.close();
    }
}
