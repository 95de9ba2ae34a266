package uk.casehandover.benchmarks.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionsTest {

    private static final String[] REQUIRED = {"--kafka", "localhost:29092", "--kafka-properties", "/tmp/admin.properties",
            "--postgres-port", "25432",
            "--postgres-data", "/tmp/pg", "--police", "http://localhost:28082", "--identity-provider",
            "http://localhost:28090", "--platform-pid", "42"};

    @Test
    void smokeModeRunsShortPhasesWithoutAProfile() {
        Options options = Options.parse(with("--smoke"));

        assertThat(options.phaseSeconds()).isEqualTo(3);
        assertThat(options.rates()).containsExactly(100.0, 500.0);
        assertThat(options.profile()).isFalse();
    }

    @Test
    void theFullRunOffersTheIssuesRatesAndProfilesTheMaximum() {
        Options options = Options.parse(REQUIRED);

        assertThat(options.rates()).containsExactly(100.0, 500.0, 1000.0);
        assertThat(options.profile()).isTrue();
        assertThat(options.jdbcBase()).isEqualTo("jdbc:postgresql://localhost:25432/");
    }

    @Test
    void refusesAnUnknownFlagAMissingValueAndABadRateNamingTheFlag() {
        assertThatThrownBy(() -> Options.parse(with("--rate", "5"))).hasMessageContaining("unknown option '--rate'");
        assertThatThrownBy(() -> Options.parse(with("--rates"))).hasMessageContaining("--rates needs a value");
        assertThatThrownBy(() -> Options.parse(with("--rates", "100,fast")))
                .hasMessageContaining("--rates must be rates per second greater than 0");
        assertThatThrownBy(() -> Options.parse(with("--phase-seconds", "0")))
                .hasMessageContaining("--phase-seconds must be a number greater than 0");
        assertThatThrownBy(() -> Options.parse("--kafka", "localhost:1")).hasMessageContaining("--kafka-properties is required");
        assertThatThrownBy(() -> Options.parse("--kafka", "localhost:1", "--kafka-properties", "/tmp/admin.properties"))
                .hasMessageContaining("--postgres-port is required");
    }

    @Test
    void everyKafkaClientStartsFromTheBootstrapServersAndTheClientPropertiesFile(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("admin.properties"), "security.protocol=SASL_PLAINTEXT\n"
                + "sasl.mechanism=SCRAM-SHA-512\nbootstrap.servers=elsewhere:1\n");
        List<String> args = new java.util.ArrayList<>(List.of(REQUIRED));
        args.set(args.indexOf("/tmp/admin.properties"), file.toString());

        assertThat(Options.parse(args.toArray(String[]::new)).kafkaClient()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "bootstrap.servers", "localhost:29092", "security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "SCRAM-SHA-512"));
    }

    private static String[] with(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(REQUIRED));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }
}
