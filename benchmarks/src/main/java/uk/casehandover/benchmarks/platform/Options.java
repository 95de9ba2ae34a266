package uk.casehandover.benchmarks.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The load generator's command line ({@code benchmarks/run} fills it in). A flag it does not know, a missing value
 * or a value of the wrong kind is refused with a message naming the flag.
 */
record Options(String kafka, Path kafkaProperties, int postgresPort, Path postgresData, String policeUrl, String identityProvider,
        long platformPid, Path out,
        List<Double> rates, double phaseSeconds, double baselineSeconds, double maxSeconds, int maxCases,
        int phaseCases, int backlogLimit, int maxInFlight, int warmupCases, boolean profile) {

    private static final Set<String> FLAGS = Set.of("--kafka", "--kafka-properties", "--postgres-port", "--postgres-data", "--police",
            "--identity-provider", "--platform-pid", "--out", "--rates", "--phase-seconds", "--baseline-seconds", "--max-seconds",
            "--max-cases", "--phase-cases", "--backlog-limit", "--max-in-flight", "--warmup-cases", "--profile", "--smoke");

    static Options parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (!FLAGS.contains(flag)) {
                throw new IllegalArgumentException("unknown option '" + flag + "'");
            }
            if (flag.equals("--smoke")) {
                values.put(flag, "true");
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            values.put(flag, args[++i]);
        }
        boolean smoke = values.containsKey("--smoke");
        return new Options(
                required(values, "--kafka"),
                Path.of(required(values, "--kafka-properties")),
                integer(values, "--postgres-port", null),
                Path.of(required(values, "--postgres-data")),
                required(values, "--police"),
                required(values, "--identity-provider"),
                integer(values, "--platform-pid", null),
                Path.of(values.getOrDefault("--out", "benchmarks/target/platform-benchmark")),
                rates(values.getOrDefault("--rates", smoke ? "100,500" : "100,500,1000")),
                number(values, "--phase-seconds", smoke ? 3 : 15),
                number(values, "--baseline-seconds", smoke ? 2 : 10),
                number(values, "--max-seconds", smoke ? 4 : 30),
                integer(values, "--max-cases", smoke ? 600 : 3_000),
                integer(values, "--phase-cases", smoke ? 600 : 2_000),
                integer(values, "--backlog-limit", smoke ? 300 : 500),
                integer(values, "--max-in-flight", 64),
                integer(values, "--warmup-cases", smoke ? 50 : 300),
                Boolean.parseBoolean(values.getOrDefault("--profile", smoke ? "false" : "true")));
    }

    private static String required(Map<String, String> values, String flag) {
        String value = values.get(flag);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(flag + " is required");
        }
        return value;
    }

    private static int integer(Map<String, String> values, String flag, Integer fallback) {
        String value = fallback == null ? required(values, flag) : values.getOrDefault(flag, String.valueOf(fallback));
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(flag + " must be a whole number of 0 or more but was '" + value + "'");
    }

    private static double number(Map<String, String> values, String flag, double fallback) {
        String value = values.getOrDefault(flag, String.valueOf(fallback));
        try {
            double parsed = Double.parseDouble(value.trim());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(flag + " must be a number greater than 0 but was '" + value + "'");
    }

    private static List<Double> rates(String value) {
        try {
            List<Double> rates = Arrays.stream(value.split(",")).map(String::trim).map(Double::parseDouble).toList();
            if (rates.stream().allMatch(r -> r > 0)) {
                return rates;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--rates must be rates per second greater than 0, comma-separated, but was '"
                + value + "'");
    }

    /**
     * The settings every Kafka client of the load generator starts from: the bootstrap servers and the client
     * properties file's settings (the broker takes only authenticated clients; benchmarks/run passes the platform's
     * super user, since the benchmark creates its own topics and reads the services' topics and group offsets).
     */
    Map<String, Object> kafkaClient() {
        Properties file = new Properties();
        try (Reader reader = Files.newBufferedReader(kafkaProperties, StandardCharsets.UTF_8)) {
            file.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Kafka client properties " + kafkaProperties, e);
        }
        Map<String, Object> settings = new HashMap<>();
        file.stringPropertyNames().forEach(name -> settings.put(name, file.getProperty(name)));
        settings.put("bootstrap.servers", kafka);
        return Map.copyOf(settings);
    }

    String jdbcBase() {
        return "jdbc:postgresql://localhost:" + postgresPort + "/";
    }
}
