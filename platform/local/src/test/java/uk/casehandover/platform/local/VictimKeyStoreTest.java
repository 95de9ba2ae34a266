package uk.casehandover.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casehandover.platform.embedded.EmbeddedPostgres;

class VictimKeyStoreTest {

    @TempDir
    Path dataDirectory;

    @Test
    void theKeyEncryptionKeyIsMadeOnceAndKeptSoARestartStillDecrypts() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory.resolve("postgres"), 0)) {
            VictimKeyStore first = VictimKeyStore.loadOrCreate(dataDirectory, postgres);
            String kek = Files.readString(first.kekFile());
            VictimKeyStore again = VictimKeyStore.loadOrCreate(dataDirectory, postgres);

            assertThat(Files.readString(again.kekFile())).isEqualTo(kek);
            assertThat(first.kekFile()).isEqualTo(dataDirectory.resolve("victim-keys").resolve("kek.json"));
            assertThat(again.jdbcUrl()).endsWith("/victim_keys");
            assertThat(again.settings()).contains("casehandover.victim-keys.kek-file=" + first.kekFile().toAbsolutePath());
            assertThat(String.join(" ", again.settings())).doesNotContain(kek);
        }
    }
}
