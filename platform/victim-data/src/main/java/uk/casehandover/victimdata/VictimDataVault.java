package uk.casehandover.victimdata;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Envelope encryption of victim personal data under a per-victim key, and erasure by destroying that key. Rules:
 * <ul>
 *   <li>each victim has one AES-256-GCM data key (a Tink keyset), stored only wrapped by the KEK, bound to its key id
 *       and victim id;</li>
 *   <li>each field is encrypted on its own with associated data naming the victim and the field, so a ciphertext
 *       moved to another victim or field is refused;</li>
 *   <li>{@link #erase} destroys the victim's key: every copy of every ciphertext under it, in Kafka, databases and
 *       the audit log, is unreadable from then on, and opening one answers {@link Unsealed.Erased};</li>
 *   <li>no key is cached: each operation reads the key store, so an erasure takes effect at once in every process.</li>
 * </ul>
 * Logs carry victim ids and key ids (pseudonymous), never personal data.
 */
public final class VictimDataVault {

    private static final Logger LOG = LoggerFactory.getLogger(VictimDataVault.class);
    private static final String CONTEXT = "casehandover.victim-data.v1";

    private final VictimKeyStore keys;
    private final KeyEncryptionKey kek;
    private final Clock clock;

    VictimDataVault(VictimKeyStore keys, KeyEncryptionKey kek, Clock clock) {
        this.keys = keys;
        this.kek = kek;
        this.clock = clock;
    }

    /** A vault on the key store database behind {@code dataSource} (its table is created if missing). */
    public static VictimDataVault create(DataSource dataSource, KeyEncryptionKey kek, Clock clock) {
        VictimKeyStore store = new VictimKeyStore(dataSource);
        store.createTable();
        return new VictimDataVault(store, kek, clock);
    }

    /** Encrypts every given field under the victim's key (made on first use). */
    public SealedVictimData seal(String victimId, VictimPersonalData data) {
        requireVictimId(victimId);
        VictimKeyStore.StoredKey key = keys.liveKeyOf(victimId).orElseGet(() -> newKey(victimId));
        Aead aead = unwrap(key);
        Map<VictimField, byte[]> sealed = new EnumMap<>(VictimField.class);
        FieldCodec.encode(data).forEach((field, plaintext) -> {
            try {
                sealed.put(field, aead.encrypt(plaintext, associatedData(victimId, field)));
            } catch (GeneralSecurityException e) {
                throw new VictimDataException("a victim data field could not be encrypted", e);
            }
        });
        return SealedVictimData.of(key.keyId(), sealed);
    }

    /**
     * Decrypts the victim's sealed data, or says it was erased. Refuses (without detail) a ciphertext that is not the
     * victim's, not the field's, or not under a key this store knows.
     */
    public Unsealed open(String victimId, SealedVictimData sealed) {
        requireVictimId(victimId);
        VictimKeyStore.StoredKey key = keys.find(sealed.keyId())
                .orElseThrow(() -> new VictimDataException("the victim data's key is not in this key store"));
        if (!key.victimId().equals(victimId)) {
            throw new VictimDataException("the victim data does not belong to this victim");
        }
        if (key.wrappedKeyset() == null) {
            return new Unsealed.Erased(key.destroyedAt(), key.erasureReason());
        }
        Aead aead = unwrap(key);
        Map<VictimField, byte[]> plaintext = new EnumMap<>(VictimField.class);
        sealed.fields().forEach((field, ciphertext) -> {
            try {
                plaintext.put(field, aead.decrypt(ciphertext, associatedData(victimId, field)));
            } catch (GeneralSecurityException e) {
                throw new VictimDataException("a victim data field does not decrypt for this victim and field");
            }
        });
        return new Unsealed.Readable(FieldCodec.decode(plaintext));
    }

    /**
     * Destroys the victim's key(s): idempotent. Returns the erasure (with {@code firstTime} false when the key had
     * already been destroyed), or empty when this store never held a key for the victim.
     */
    public Optional<Erasure> erase(String victimId, ErasureReason reason) {
        requireVictimId(victimId);
        if (reason == null) {
            throw new IllegalArgumentException("an erasure needs a reason");
        }
        int destroyed = keys.destroy(victimId, reason, clock.instant());
        Optional<Erasure> erasure = keys.lastDestroyedOf(victimId)
                .map(k -> new Erasure(victimId, k.destroyedAt(), k.erasureReason(), destroyed > 0));
        if (destroyed > 0) {
            LOG.info("Victim {}: {} data key(s) destroyed ({})", victimId, destroyed, reason);
        }
        return erasure;
    }

    /** Whether the store holds a key, live or destroyed, for the victim. */
    public boolean knows(String victimId) {
        return keys.liveKeyOf(victimId).isPresent() || keys.lastDestroyedOf(victimId).isPresent();
    }

    private VictimKeyStore.StoredKey newKey(String victimId) {
        String keyId = VictimKeyStore.newKeyId();
        try {
            KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, kek.aead(),
                    keyBinding(keyId, victimId));
            VictimKeyStore.StoredKey key = keys.addIfNone(victimId, wrapped, keyId, clock.instant());
            if (key.keyId().equals(keyId)) {
                LOG.info("Victim {}: data key {} created", victimId, keyId);
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw new VictimDataException("a victim data key could not be made or wrapped with the key-encryption key", e);
        }
    }

    private Aead unwrap(VictimKeyStore.StoredKey key) {
        try {
            KeysetHandle keyset = TinkProtoKeysetFormat.parseEncryptedKeyset(key.wrappedKeyset(), kek.aead(),
                    keyBinding(key.keyId(), key.victimId()));
            return keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new VictimDataException("the victim data key " + key.keyId()
                    + " does not unwrap with the configured key-encryption key (" + kek + ")");
        }
    }

    private static byte[] keyBinding(String keyId, String victimId) {
        return (CONTEXT + "|key|" + keyId + "|" + victimId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] associatedData(String victimId, VictimField field) {
        return (CONTEXT + "|field|" + victimId + "|" + field.wireName()).getBytes(StandardCharsets.UTF_8);
    }

    private static void requireVictimId(String victimId) {
        if (victimId == null || victimId.isBlank()) {
            throw new IllegalArgumentException("a victim id is required");
        }
    }
}
