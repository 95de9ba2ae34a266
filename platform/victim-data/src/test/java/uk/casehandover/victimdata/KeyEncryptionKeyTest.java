package uk.casehandover.victimdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyEncryptionKeyTest {

    @TempDir
    Path directory;

    @Test
    void aGeneratedKeysetFileReadsBackAndIsTheOwnersOnly() throws Exception {
        Path file = directory.resolve("kek.json");
        KeyEncryptionKey.generateKeysetFile(file);

        KeyEncryptionKey read = KeyEncryptionKey.fromKeysetFile(file);
        byte[] wrapped = read.aead().encrypt(new byte[] {1, 2, 3}, new byte[0]);
        assertThat(KeyEncryptionKey.fromKeysetFile(file).aead().decrypt(wrapped, new byte[0])).containsExactly(1, 2, 3);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(read.toString()).doesNotContain(Files.readString(file));
    }

    @Test
    void aFileThatIsNotAKeysetIsAClearFailure() throws Exception {
        Path file = Files.writeString(directory.resolve("kek.json"), "{\"not\": \"a keyset\"}");
        assertThatThrownBy(() -> KeyEncryptionKey.fromKeysetFile(file)).isInstanceOf(VictimDataException.class)
                .hasMessage("the key-encryption key file " + file + " is not a Tink AEAD keyset");
        assertThatThrownBy(() -> KeyEncryptionKey.fromKeysetFile(directory.resolve("missing")))
                .isInstanceOf(VictimDataException.class).hasMessageContaining("cannot be read");
    }

    @Test
    void aKmsUriWithoutItsTinkExtensionIsAClearFailure() {
        assertThatThrownBy(() -> KeyEncryptionKey.fromKmsUri("aws-kms://arn:aws:kms:eu-west-2:000000000000:key/synthetic"))
                .isInstanceOf(VictimDataException.class)
                .hasMessageContaining("no Tink KMS client for the key-encryption key URI");
    }
}
