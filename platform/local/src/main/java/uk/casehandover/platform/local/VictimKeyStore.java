package uk.casehandover.platform.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import uk.casehandover.platform.embedded.EmbeddedPostgres;
import uk.casehandover.victimdata.KeyEncryptionKey;

/**
 * The victim key store of the local platform (platform/victim-data): its own database, {@code victim_keys}, and a
 * key-encryption key (a Tink AES-256-GCM keyset) made once and kept in the data directory, owner-only, so victim
 * data encrypted before a restart still decrypts after it. A fresh platform ({@code --fresh}) starts with a fresh
 * KEK and key store. Only the police and CPS services are given it: the ISVA service receives no personal data.
 * Production names a KMS key instead ({@code casehandover.victim-keys.kms-key-uri}, docs/victim-data.md).
 */
record VictimKeyStore(String jdbcUrl, String username, String password, Path kekFile) {

    static final String DIRECTORY = "victim-keys";
    static final String DATABASE = "victim_keys";
    static final List<String> SERVICES = List.of("police-service", "cps-service");

    static VictimKeyStore loadOrCreate(Path dataDirectory, EmbeddedPostgres postgres) {
        Path kek = dataDirectory.resolve(DIRECTORY).resolve("kek.json");
        if (!Files.isRegularFile(kek)) {
            KeyEncryptionKey.generateKeysetFile(kek);
        }
        postgres.createDatabaseIfMissing(DATABASE);
        return new VictimKeyStore(postgres.jdbcUrl(DATABASE), postgres.username(), postgres.password(), kek);
    }

    /** The settings of a service that keeps or reads victim data. */
    List<String> settings() {
        return List.of("casehandover.victim-keys.datasource.url=" + jdbcUrl,
                "casehandover.victim-keys.datasource.username=" + username,
                "casehandover.victim-keys.datasource.password=" + password,
                "casehandover.victim-keys.kek-file=" + kekFile.toAbsolutePath());
    }
}
