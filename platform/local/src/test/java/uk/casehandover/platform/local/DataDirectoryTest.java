package uk.casehandover.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path parent;

    @Test
    void keepsWhatAnEarlierRunLeftUnlessToldToStartFresh() throws Exception {
        Path directory = DataDirectory.prepare(parent.resolve("data"), false);
        Files.writeString(directory.resolve("kept"), "state");

        assertThat(DataDirectory.prepare(directory, false).resolve("kept")).exists();
        assertThat(DataDirectory.prepare(directory, true).resolve("kept")).doesNotExist();
        assertThat(directory.resolve(DataDirectory.MARKER)).exists();
    }

    @Test
    void refusesToWipeADirectoryItDidNotCreate() throws Exception {
        Files.writeString(parent.resolve("someone-elses-file"), "precious");

        assertThatThrownBy(() -> DataDirectory.prepare(parent, true))
                .isInstanceOf(PlatformStartException.class)
                .hasMessageContaining("--fresh refuses to wipe");
        assertThat(parent.resolve("someone-elses-file")).exists();
    }
}
