package uk.casehandover.cps.casefile.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casehandover.schemas.fixtures.SampleEvents.aCaseFileSubmitted;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casehandover.common.v1.EncryptedPersonalData;
import uk.casehandover.cps.CpsServiceApplication;
import uk.casehandover.cps.casefile.application.CaseDesk;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;
import uk.casehandover.police.v1.CaseFileSubmitted;
import uk.casehandover.police.v1.Victim;
import uk.casehandover.victimdata.ErasureReason;
import uk.casehandover.victimdata.KeyEncryptionKey;
import uk.casehandover.victimdata.SealedVictimData;
import uk.casehandover.victimdata.VictimDataVault;
import uk.casehandover.victimdata.VictimPersonalData;
import uk.casehandover.platform.test.Everywhere;

/**
 * A case file whose victim's details the police sealed, applied at CPS as the service runs (its own application,
 * real PostgreSQL, identity provider and a victim key store shared with the police): CPS stores only ciphertext,
 * the lawyer of the case's Area reads the details decrypted, and after the victim's key is destroyed reads that they
 * were erased. The file is applied through the consumer's own mapping and CaseDesk (the consumer is not started, so
 * this test takes no partitions from the other CPS tests; the Kafka path is the end-to-end test's).
 */
@RealPlatformTest
class VictimDataIT {

    @TempDir
    static Path directory;
    static RealPlatform platform;
    static ConfigurableApplicationContext cps;
    static String database;
    static VictimDataVault policeSide;
    static String lawyerToken;
    static int port;

    @BeforeAll
    static void start(RealPlatform started) {
        platform = started;
        database = started.newDatabase("cps_victims");
        String keyStore = started.newDatabase("victim_keys");
        Path kek = directory.resolve("victim-keys-kek.json");
        KeyEncryptionKey key = KeyEncryptionKey.generateKeysetFile(kek);
        cps = new SpringApplicationBuilder(CpsServiceApplication.class)
                .properties("spring.main.banner-mode=off", "spring.jmx.enabled=false")
                .run(started.serviceArguments(database, "--server.port=0",
                        "--spring.cloud.stream.bindings.policeToCps-in-0.consumer.auto-startup=false",
                        "--casehandover.victim-keys.datasource.url=" + keyStore,
                        "--casehandover.victim-keys.datasource.username=" + started.jdbcUsername(),
                        "--casehandover.victim-keys.datasource.password=" + started.jdbcPassword(),
                        "--casehandover.victim-keys.kek-file=" + kek));
        port = ((WebServerApplicationContext) cps).getWebServer().getPort();
        policeSide = VictimDataVault.create(started.dataSource(keyStore), key, Clock.systemUTC());
        lawyerToken = started.tokenFor("CPS-0042");
    }

    @AfterAll
    static void stop() {
        if (cps != null) {
            cps.close();
        }
    }

    @Test
    void theLawyerReadsTheSealedDetailsWhileCpsStoresOnlyCiphertextAndAfterErasureReadsErased() throws Exception {
        String urn = "01ZD" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String victimId = "VICTIM-" + UUID.randomUUID();
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        VictimPersonalData details = new VictimPersonalData(new VictimPersonalData.Name("Testa" + tag, "Synthetica" + tag),
                LocalDate.of(1984, 2, 29), new VictimPersonalData.Contact(null, "v." + tag + "@example.invalid",
                        tag + " Imaginary Lane"), null);
        SealedVictimData sealed = policeSide.seal(victimId, details);

        CaseFileSubmitted file = CaseFileSubmitted.newBuilder(aCaseFileSubmitted().withUrn(urn).build())
                .setVictims(List.of(Victim.newBuilder().setVictimId(victimId)
                        .setName(encrypted(sealed.keyId(), sealed.name()))
                        .setDateOfBirth(encrypted(sealed.keyId(), sealed.dateOfBirth()))
                        .setContactDetails(encrypted(sealed.keyId(), sealed.contactDetails())).build()))
                .build();
        cps.getBean(CaseDesk.class).receive(PoliceEvents.toDomain(file, CaseFileSubmitted.getClassSchema().getFullName(),
                Instant.now()));

        JsonNode victim = caseView(urn).get("victims").get(0);
        assertThat(victim.get("victimId").asString()).isEqualTo(victimId);
        assertThat(victim.get("erased").asBoolean()).isFalse();
        assertThat(victim.get("name").get("family").asString()).isEqualTo("Synthetica" + tag);
        assertThat(victim.get("dateOfBirth").asString()).isEqualTo("1984-02-29");
        assertThat(victim.get("contact").get("postalAddress").asString()).isEqualTo(tag + " Imaginary Lane");
        assertThat(victim.get("communicationPreferences").isNull()).isTrue();
        assertThat(caseView(urn).get("file").toString()).doesNotContain(tag);

        String rows = Everywhere.rows(platform.dataSource(database));
        assertThat(rows).contains(victimId).contains(sealed.keyId());
        assertThat(rows).doesNotContain(tag).doesNotContain("1984-02-29");

        policeSide.erase(victimId, ErasureReason.RETENTION_EXPIRED);

        JsonNode erased = caseView(urn).get("victims").get(0);
        assertThat(erased.get("erased").asBoolean()).isTrue();
        assertThat(erased.get("erasureReason").asString()).isEqualTo("RETENTION_EXPIRED");
        assertThat(erased.get("name").isNull()).isTrue();
        assertThat(caseView(urn).toString()).doesNotContain(tag);
        assertThat(caseView(urn).get("state").asString()).isEqualTo("FILE_RECEIVED");
    }

    private static JsonNode caseView(String urn) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/cases/" + urn))
                .header("Authorization", "Bearer " + lawyerToken).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static EncryptedPersonalData encrypted(String keyId, byte[] ciphertext) {
        return new EncryptedPersonalData(keyId, ByteBuffer.wrap(ciphertext));
    }

}
