package uk.casehandover.victimdata;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.KmsClients;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/**
 * The key-encryption key (KEK) that wraps every victim's data key in the key store. Locally a Tink AEAD keyset in a
 * file (JSON, readable by the service's user only); in production a key in a KMS, named by a Tink KMS URI
 * ({@code aws-kms://...}, {@code gcp-kms://...}), resolved through {@link KmsClients} when a Tink KMS extension is on
 * the class path and registered. The KEK never leaves this object; {@code toString()} names only where it came from.
 */
public final class KeyEncryptionKey {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Aead aead;
    private final String source;

    private KeyEncryptionKey(Aead aead, String source) {
        this.aead = aead;
        this.source = source;
    }

    /** Reads a KEK keyset file (Tink JSON, as {@link #generateKeysetFile(Path)} writes it). */
    public static KeyEncryptionKey fromKeysetFile(Path file) {
        try {
            KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(
                    Files.readString(file, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get());
            return new KeyEncryptionKey(handle.getPrimitive(RegistryConfiguration.get(), Aead.class), "file " + file);
        } catch (IOException e) {
            throw new VictimDataException("the key-encryption key file " + file + " cannot be read");
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new VictimDataException("the key-encryption key file " + file + " is not a Tink AEAD keyset");
        }
    }

    /** Resolves a KMS key URI through the Tink KMS clients registered in this JVM. */
    public static KeyEncryptionKey fromKmsUri(String keyUri) {
        try {
            return new KeyEncryptionKey(KmsClients.get(keyUri).getAead(keyUri), "KMS key " + keyUri);
        } catch (GeneralSecurityException e) {
            throw new VictimDataException("no Tink KMS client for the key-encryption key URI " + keyUri
                    + " (put the Tink KMS extension for that provider on the class path and register it)", e);
        }
    }

    /** Writes a new AES-256-GCM KEK keyset to {@code file} (owner read/write only) and returns it. */
    public static KeyEncryptionKey generateKeysetFile(Path file) {
        try {
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, json, StandardCharsets.UTF_8);
            return fromKeysetFile(file);
        } catch (IOException e) {
            throw new VictimDataException("cannot write a key-encryption key file to " + file);
        } catch (GeneralSecurityException e) {
            throw new VictimDataException("cannot generate a key-encryption key", e);
        }
    }

    Aead aead() {
        return aead;
    }

    @Override
    public String toString() {
        return "KeyEncryptionKey[" + source + "]";
    }
}
