package uk.casehandover.victimdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casehandover.platform.embedded.EmbeddedPostgres;
import uk.casehandover.victimdata.VictimPersonalData.CommunicationPreferences;
import uk.casehandover.victimdata.VictimPersonalData.Contact;
import uk.casehandover.victimdata.VictimPersonalData.Name;
import uk.casehandover.victimdata.VictimPersonalData.PreferredMethod;

/** The vault against a real PostgreSQL key store: round trip, refusals, erasure, and a wrong KEK. */
class VictimDataVaultIT {

    private static EmbeddedPostgres postgres;
    private static DataSource keyStore;
    @TempDir
    static Path directory;

    private final KeyEncryptionKey kek = KeyEncryptionKey.generateKeysetFile(directory.resolve("kek-" + UUID.randomUUID() + ".json"));
    private final VictimDataVault vault = VictimDataVault.create(keyStore, kek, Clock.systemUTC());

    @BeforeAll
    static void startPostgres() {
        postgres = EmbeddedPostgres.start(directory.resolve("pg"), 0);
        postgres.createDatabaseIfMissing("victim_keys");
        keyStore = postgres.dataSource("victim_keys");
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    static VictimPersonalData aVictim() {
        return new VictimPersonalData(new Name("Testa", "Synthetica"), LocalDate.of(1990, 4, 17),
                new Contact("07700 900123", "testa.synthetica@example.invalid", "1 Fictional Road, Nowhere NW0 0ZZ"),
                new CommunicationPreferences(PreferredMethod.EMAIL, "cy", true, false, "weekdays 10:00-12:00"));
    }

    static String aVictimId() {
        return "V-" + UUID.randomUUID();
    }

    @Test
    void sealsEachFieldAndOpensThemAgain() {
        String victimId = aVictimId();
        SealedVictimData sealed = vault.seal(victimId, aVictim());

        assertThat(sealed.fields()).hasSize(4);
        assertThat(new String(sealed.contactDetails(), StandardCharsets.ISO_8859_1)).doesNotContain("07700");
        Unsealed opened = vault.open(victimId, sealed);
        assertThat(opened).isInstanceOf(Unsealed.Readable.class);
        VictimPersonalData data = ((Unsealed.Readable) opened).data();
        assertThat(data.name()).isEqualTo(aVictim().name());
        assertThat(data.dateOfBirth()).isEqualTo(aVictim().dateOfBirth());
        assertThat(data.contactDetails()).isEqualTo(aVictim().contactDetails());
        assertThat(data.communicationPreferences()).isEqualTo(aVictim().communicationPreferences());
        assertThat(data.toString()).doesNotContain("Testa").doesNotContain("1990");
    }

    @Test
    void sealsOnlyTheFieldsGivenUnderTheVictimsOneKey() {
        String victimId = aVictimId();
        SealedVictimData first = vault.seal(victimId, new VictimPersonalData(new Name("Testa", null), null, null, null));
        SealedVictimData second = vault.seal(victimId, aVictim());

        assertThat(first.fields()).containsOnlyKeys(VictimField.NAME);
        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(vault.seal(aVictimId(), aVictim()).keyId()).isNotEqualTo(first.keyId());
        VictimPersonalData opened = ((Unsealed.Readable) vault.open(victimId, first)).data();
        assertThat(opened.name().given()).isEqualTo("Testa");
        assertThat(opened.name().family()).isNull();
        assertThat(opened.contactDetails()).isNull();
    }

    @Test
    void refusesAFieldMovedToAnotherField() {
        String victimId = aVictimId();
        SealedVictimData sealed = vault.seal(victimId, aVictim());
        SealedVictimData swapped = new SealedVictimData(sealed.keyId(), sealed.contactDetails(), sealed.dateOfBirth(),
                sealed.name(), sealed.communicationPreferences());

        assertThatThrownBy(() -> vault.open(victimId, swapped)).isInstanceOf(VictimDataException.class)
                .hasMessage("a victim data field does not decrypt for this victim and field");
        assertThat(vault.open(victimId, sealed)).isInstanceOf(Unsealed.Readable.class);
    }

    @Test
    void refusesAnotherVictimsCiphertext() {
        String victimId = aVictimId();
        String other = aVictimId();
        SealedVictimData mine = vault.seal(victimId, aVictim());
        SealedVictimData theirs = vault.seal(other, aVictim());
        SealedVictimData theirFieldUnderMyKey = new SealedVictimData(mine.keyId(), theirs.name(), null, null, null);

        assertThatThrownBy(() -> vault.open(other, mine)).isInstanceOf(VictimDataException.class)
                .hasMessage("the victim data does not belong to this victim");
        assertThatThrownBy(() -> vault.open(victimId, theirFieldUnderMyKey)).isInstanceOf(VictimDataException.class)
                .hasMessage("a victim data field does not decrypt for this victim and field");
        assertThat(vault.open(other, theirs)).isInstanceOf(Unsealed.Readable.class);
    }

    @Test
    void erasureMakesTheDataUnreadableAndSaysWhenAndWhy() {
        String victimId = aVictimId();
        SealedVictimData sealed = vault.seal(victimId, aVictim());
        String untouched = aVictimId();
        SealedVictimData otherVictim = vault.seal(untouched, aVictim());

        Erasure erasure = vault.erase(victimId, ErasureReason.LAWFUL_REQUEST).orElseThrow();

        assertThat(erasure.firstTime()).isTrue();
        Unsealed opened = vault.open(victimId, sealed);
        assertThat(opened).isEqualTo(new Unsealed.Erased(erasure.erasedAt(), ErasureReason.LAWFUL_REQUEST));
        assertThat(vault.open(untouched, otherVictim)).isInstanceOf(Unsealed.Readable.class);
        assertThat(wrappedKeysetOf(sealed.keyId())).isNull();
        assertThat(wrappedKeysetOf(otherVictim.keyId())).isNotNull();
    }

    @Test
    void erasureIsIdempotentAndANewKeyServesLaterData() {
        String victimId = aVictimId();
        SealedVictimData before = vault.seal(victimId, aVictim());
        Erasure first = vault.erase(victimId, ErasureReason.RETENTION_EXPIRED).orElseThrow();
        Erasure again = vault.erase(victimId, ErasureReason.LAWFUL_REQUEST).orElseThrow();

        assertThat(again.firstTime()).isFalse();
        assertThat(again.erasedAt()).isEqualTo(first.erasedAt());
        assertThat(again.reason()).isEqualTo(ErasureReason.RETENTION_EXPIRED);
        SealedVictimData after = vault.seal(victimId, aVictim());
        assertThat(after.keyId()).isNotEqualTo(before.keyId());
        assertThat(vault.open(victimId, after)).isInstanceOf(Unsealed.Readable.class);
        assertThat(vault.open(victimId, before)).isInstanceOf(Unsealed.Erased.class);
    }

    @Test
    void erasingAVictimWithoutAKeyFindsNothing() {
        assertThat(vault.erase(aVictimId(), ErasureReason.LAWFUL_REQUEST)).isEmpty();
        String known = aVictimId();
        vault.seal(known, aVictim());
        assertThat(vault.erase(known, ErasureReason.LAWFUL_REQUEST)).isPresent();
    }

    @Test
    void aWrongKeyEncryptionKeyFailsClearlyWithoutDetail() {
        String victimId = aVictimId();
        SealedVictimData sealed = vault.seal(victimId, aVictim());
        KeyEncryptionKey otherKek = KeyEncryptionKey.generateKeysetFile(directory.resolve("other-" + UUID.randomUUID()));
        VictimDataVault wrongKek = VictimDataVault.create(keyStore, otherKek, Clock.systemUTC());

        assertThatThrownBy(() -> wrongKek.open(victimId, sealed)).isInstanceOf(VictimDataException.class)
                .hasMessageStartingWith("the victim data key " + sealed.keyId()
                        + " does not unwrap with the configured key-encryption key")
                .hasMessageNotContaining("Testa");
        assertThat(VictimDataVault.create(keyStore, kek, Clock.systemUTC()).open(victimId, sealed))
                .isInstanceOf(Unsealed.Readable.class);
    }

    @Test
    void theKeyStoreHoldsNoPlaintextAndNoUnwrappedKey() throws Exception {
        String victimId = aVictimId();
        vault.seal(victimId, aVictim());

        String everything = dump();
        assertThat(everything).contains(victimId);
        assertThat(everything).doesNotContain("Synthetica").doesNotContain("AES").doesNotContain("07700");
    }

    private byte[] wrappedKeysetOf(String keyId) {
        return new VictimKeyStore(keyStore).find(keyId).orElseThrow().wrappedKeyset();
    }

    private static String dump() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = keyStore.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT t::text, encode(wrapped_keyset, 'escape') FROM victim_data_key t")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return String.join("\n", rows);
    }
}
