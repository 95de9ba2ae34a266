package uk.casehandover.benchmarks.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the platform JVM's CPU went during a recording: JFR execution samples by thread group (the thread name with
 * its numbers taken out: HTTP workers, the CPS consumer, the relays, the broker's handlers, ...), by the component
 * owning the hottest frame of ours or a library's, and the top self frames; allocation by thread group; GC pauses.
 */
final class JfrSummary {

    /** The thread group of the consumer that applies case files at CPS: the pipeline's bottleneck when it lags. */
    static final String FOCUS = "handover.police-to-cps";

    private JfrSummary() {
    }

    /** {@code java -cp benchmarks.jar uk.casehandover.benchmarks.platform.JfrSummary recording.jfr [top]} */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: JfrSummary <recording.jfr> [top rows, default 15]");
            System.exit(2);
        }
        System.out.println(summarise(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 15));
    }

    static String summarise(Path recording, int top) throws IOException {
        Map<String, Long> byThread = new HashMap<>();
        Map<String, Long> byComponent = new HashMap<>();
        Map<String, Long> bySelfFrame = new HashMap<>();
        Map<String, Long> allocationByThread = new HashMap<>();
        Map<String, Long> nativeByCaller = new HashMap<>();
        long nativeSamples = 0;
        long focusSamples = 0;
        long samples = 0;
        long allocated = 0;
        long gcPauses = 0;
        double gcPauseMs = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            switch (type) {
                case "jdk.ExecutionSample" -> {
                    samples++;
                    String thread = group(event.getThread("sampledThread"));
                    byThread.merge(thread, 1L, Long::sum);
                    RecordedStackTrace stack = event.getStackTrace();
                    if (thread.contains(FOCUS) && stack != null) {
                        focusSamples++;
                        nativeByCaller.merge("running " + component(stack.getFrames()), 1L, Long::sum);
                    }
                    if (stack != null && !stack.getFrames().isEmpty()) {
                        bySelfFrame.merge(frame(stack.getFrames().get(0)), 1L, Long::sum);
                        byComponent.merge(component(stack.getFrames()), 1L, Long::sum);
                    }
                }
                case "jdk.NativeMethodSample" -> {
                    String thread = group(event.getThread("sampledThread"));
                    RecordedStackTrace stack = event.getStackTrace();
                    if (thread.contains(FOCUS) && stack != null) {
                        nativeSamples++;
                        nativeByCaller.merge("waiting in " + firstNonJdkFrame(stack.getFrames()), 1L, Long::sum);
                    }
                }
                case "jdk.ObjectAllocationSample" -> {
                    long weight = event.getLong("weight");
                    allocated += weight;
                    allocationByThread.merge(group(event.getThread("eventThread")), weight, Long::sum);
                }
                case "jdk.GarbageCollection" -> {
                    gcPauses++;
                    gcPauseMs += event.getDuration("sumOfPauses").toNanos() / 1e6;
                }
                default -> {
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("JFR: %d execution samples, %.0f MB allocated (sampled), %d GCs, %.0f ms paused%n",
                samples, allocated / 1e6, gcPauses, gcPauseMs));
        table(out, "CPU samples by thread group", byThread, samples, top);
        table(out, "CPU samples by component (innermost frame that is not the JDK's)", byComponent, samples, top);
        table(out, "Top self frames", bySelfFrame, samples, top);
        table(out, "Allocation by thread group (bytes)", allocationByThread, allocated, top);
        out.append(String.format("%nThe CPS service's consumer of " + FOCUS + ": %d samples running Java (by component) "
                + "and %d waiting in native code (socket reads: PostgreSQL, Kafka; by innermost non-JDK frame)%n",
                focusSamples, nativeSamples));
        table(out, "CPS consumer thread", nativeByCaller, nativeSamples + focusSamples, top);
        return out.toString();
    }

    private static void table(StringBuilder out, String title, Map<String, Long> counts, long total, int top) {
        out.append(System.lineSeparator()).append("| ").append(title).append(" | share |").append(System.lineSeparator())
                .append("|---|---:|").append(System.lineSeparator());
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.append(String.format("| `%s` | %.1f%% |%n", e.getKey(),
                        total == 0 ? 0 : 100.0 * e.getValue() / total)));
    }

    private static String group(RecordedThread thread) {
        if (thread == null) {
            return "?";
        }
        String name = thread.getJavaName() == null ? thread.getOSName() : thread.getJavaName();
        return name == null ? "?" : name.replaceAll("\\d+", "N");
    }

    private static String frame(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static final List<Map.Entry<String, String>> COMPONENTS = List.of(
            Map.entry("uk.casehandover.", "ours (uk.casehandover)"),
            Map.entry("org.postgresql.", "PostgreSQL JDBC driver"),
            Map.entry("com.zaxxer.hikari.", "Hikari pool"),
            Map.entry("io.debezium.", "Debezium"),
            Map.entry("org.apache.kafka.connect.", "Kafka Connect (Debezium's runtime)"),
            Map.entry("kafka.", "Kafka broker"),
            Map.entry("org.apache.kafka.storage.", "Kafka broker"),
            Map.entry("org.apache.kafka.server.", "Kafka broker"),
            Map.entry("org.apache.kafka.raft.", "Kafka broker"),
            Map.entry("org.apache.kafka.controller.", "Kafka broker"),
            Map.entry("org.apache.kafka.coordinator.", "Kafka broker"),
            Map.entry("org.apache.kafka.", "Kafka clients"),
            Map.entry("org.apache.avro.", "Avro"),
            Map.entry("org.apache.catalina.", "Tomcat"),
            Map.entry("org.apache.coyote.", "Tomcat"),
            Map.entry("org.apache.tomcat.", "Tomcat"),
            Map.entry("tools.jackson.", "Jackson"),
            Map.entry("com.fasterxml.jackson.", "Jackson"),
            Map.entry("org.springframework.kafka.", "Spring Kafka / Cloud Stream"),
            Map.entry("org.springframework.cloud.", "Spring Kafka / Cloud Stream"),
            Map.entry("org.springframework.messaging.", "Spring Kafka / Cloud Stream"),
            Map.entry("org.springframework.", "Spring (other)"),
            Map.entry("org.flywaydb.", "Flyway"),
            Map.entry("ch.qos.logback.", "Logback"),
            Map.entry("org.slf4j.", "Logback"),
            Map.entry("io.micrometer.", "Micrometer"),
            Map.entry("org.hibernate.validator.", "Bean Validation"));

    private static String firstNonJdkFrame(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (!(type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("jdk.")
                    || type.startsWith("sun.") || type.startsWith("com.sun."))) {
                return frame(frame);
            }
        }
        return "JDK only";
    }

    /** The component of the innermost frame that is not the JDK's own (java., javax., jdk., sun.); else "JDK". */
    private static String component(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("jdk.")
                    || type.startsWith("sun.") || type.startsWith("com.sun.")) {
                continue;
            }
            for (Map.Entry<String, String> component : COMPONENTS) {
                if (type.startsWith(component.getKey())) {
                    return component.getValue();
                }
            }
            return "other: " + type.substring(0, Math.max(0, type.lastIndexOf('.')));
        }
        return "JDK only";
    }

    /** Runs {@code jcmd <pid> <command...>} and returns its output (JFR.start / JFR.stop on the platform's JVM). */
    static String jcmd(long pid, String... command) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        List<String> line = new java.util.ArrayList<>(List.of(jcmd, String.valueOf(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output.trim();
    }
}
