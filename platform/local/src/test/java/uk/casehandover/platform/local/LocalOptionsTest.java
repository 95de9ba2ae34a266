package uk.casehandover.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocalOptionsTest {

    @Test
    void usesTheAgreedDefaultPortsAndDataDirectory() {
        LocalOptions options = LocalOptions.parse();

        assertThat(options.port(LocalOptions.KAFKA)).isEqualTo(9092);
        assertThat(options.port(LocalOptions.KAFKA_CONTROLLER)).isEqualTo(9093);
        assertThat(options.port(LocalOptions.POSTGRES)).isEqualTo(15432);
        assertThat(options.port("--registry-port")).isEqualTo(8081);
        assertThat(options.dataDirectory()).isEqualTo(Path.of(".platform-data"));
        assertThat(options.fresh()).isFalse();
    }

    @Test
    void takesTheLastDataDirectoryAndPortsInEitherForm() {
        LocalOptions options = LocalOptions.parse("--data-dir", "/tmp/a", "--data-dir=/tmp/b", "--kafka-port=0", "--postgres-port", "5433", "--fresh");

        assertThat(options.dataDirectory()).isEqualTo(Path.of("/tmp/b"));
        assertThat(options.port(LocalOptions.KAFKA)).isZero();
        assertThat(options.port(LocalOptions.POSTGRES)).isEqualTo(5433);
        assertThat(options.fresh()).isTrue();
    }

    @Test
    void rejectsAPortOutsideTheRangeNamingTheFlag() {
        assertThatThrownBy(() -> LocalOptions.parse("--registry-port", "70000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--registry-port must be a port number from 0 to 65535 (0 = any free port) but was '70000'");
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThatThrownBy(() -> LocalOptions.parse("--kafka"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option '--kafka' (try --help)");
    }

    @Test
    void rejectsAFlagWithoutItsValue() {
        assertThatThrownBy(() -> LocalOptions.parse("--postgres-port"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--postgres-port needs a value");
    }
}
