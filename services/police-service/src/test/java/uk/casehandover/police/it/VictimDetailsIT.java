package uk.casehandover.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import uk.casehandover.platform.test.HandoverWire;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;
import uk.casehandover.police.PoliceServiceApplication;
import uk.casehandover.schemas.Topics;
import uk.casehandover.victimdata.KeyEncryptionKey;
import uk.casehandover.platform.test.Everywhere;
import uk.casehandover.platform.test.SyntheticVictim;

/**
 * The victim's personal details at the police service, run as the platform runs it (its own application, the real
 * broker, registry, PostgreSQL and identity provider) with a victim key store database and a KEK file: the officer
 * sees them, the police database and the Kafka record hold only ciphertext, and a supervisor's erasure leaves the view
 * saying erased. Every plaintext search is paired with a search for the pseudonymous victim id that must succeed.
 */
@RealPlatformTest
class VictimDetailsIT {

    @TempDir
    static Path directory;
    static RealPlatform platform;
    static ConfigurableApplicationContext police;
    static String database;
    static int port;
    static HandoverWire wire;
    static HandoverWire.Reader toCps;

    @BeforeAll
    static void start(RealPlatform started) {
        platform = started;
        database = started.newDatabase("police_victims");
        String keyStore = started.newDatabase("victim_keys");
        Path kek = directory.resolve("victim-keys-kek.json");
        KeyEncryptionKey.generateKeysetFile(kek);
        police = new SpringApplicationBuilder(PoliceServiceApplication.class)
                .properties("spring.main.banner-mode=off", "spring.jmx.enabled=false")
                .run(started.serviceArguments(database, "--server.port=0",
                        "--casehandover.victim-keys.datasource.url=" + keyStore,
                        "--casehandover.victim-keys.datasource.username=" + started.jdbcUsername(),
                        "--casehandover.victim-keys.datasource.password=" + started.jdbcPassword(),
                        "--casehandover.victim-keys.kek-file=" + kek));
        port = ((WebServerApplicationContext) police).getWebServer().getPort();
        wire = new HandoverWire(started);
        toCps = wire.rawReader(Topics.POLICE_TO_CPS);
    }

    @AfterAll
    static void stop() {
        if (toCps != null) {
            toCps.close();
            wire.close();
        }
        if (police != null) {
            police.close();
        }
    }

    @Test
    void theForceSeesTheVictimsDetailsWhileTheDatabaseAndKafkaHoldOnlyCiphertext() {
        String urn = newUrn();
        SyntheticVictim victim = SyntheticVictim.make();
        Officer officer = new Officer(port, platform.tokenFor("PC-0001"));

        assertThat(officer.post("/api/cases", caseWithDetails(victim, urn)).status()).isEqualTo(201);
        assertThat(officer.submitsAFile(urn).status()).isEqualTo(204);

        JsonNode details = officer.views(urn).get("victimDetails");
        assertThat(details.get("erased").asBoolean()).isFalse();
        assertThat(details.get("name").get("family").asString()).isEqualTo(victim.family());
        assertThat(details.get("dateOfBirth").asString()).isEqualTo(victim.dateOfBirth());
        assertThat(details.get("contact").get("email").asString()).isEqualTo(victim.email());
        assertThat(details.get("communicationPreferences").get("preferredMethod").asString()).isEqualTo("EMAIL");
        assertThat(details.get("communicationPreferences").get("safeToLeaveMessage").asBoolean()).isFalse();

        List<ConsumerRecord<String, Object>> records = await().atMost(Duration.ofSeconds(60))
                .until(() -> toCps.about(urn), list -> !list.isEmpty());
        String kafka = text(records);
        assertThat(kafka).contains(victim.id()).contains("vk-");
        victim.plaintext().forEach(value -> assertThat(kafka).doesNotContain(value));

        String rows = Everywhere.rows(platform.dataSource(database));
        assertThat(rows).contains(victim.id());
        victim.plaintext().forEach(value -> assertThat(rows).doesNotContain(value));
    }

    @Test
    void aSupervisorErasesTheVictimAndTheCaseViewThenSaysErasedWithWhenAndWhy() {
        String urn = newUrn();
        SyntheticVictim victim = SyntheticVictim.make();
        Officer officer = new Officer(port, platform.tokenFor("PC-0001"));
        Officer supervisor = new Officer(port, platform.tokenFor("PS-0002"));
        officer.post("/api/cases", caseWithDetails(victim, urn));
        String erasure = "/api/victims/" + victim.id() + "/erasure";

        assertThat(officer.post(erasure, Map.of("reason", "LAWFUL_REQUEST")).status()).isEqualTo(403);
        assertThat(officer.views(urn).get("victimDetails").get("erased").asBoolean()).isFalse();
        Officer.Response erased = supervisor.post(erasure, Map.of("reason", "LAWFUL_REQUEST"));

        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.body().get("erased").asBoolean()).isTrue();
        assertThat(erased.body().get("alreadyErased").asBoolean()).isFalse();
        JsonNode details = officer.views(urn).get("victimDetails");
        assertThat(details.get("erased").asBoolean()).isTrue();
        assertThat(details.get("erasureReason").asString()).isEqualTo("LAWFUL_REQUEST");
        assertThat(details.get("erasedAt").asString()).isEqualTo(erased.body().get("erasedAt").asString());
        assertThat(details.get("name").isNull()).isTrue();
        Officer.Response again = supervisor.post(erasure, Map.of("reason", "RETENTION_EXPIRED"));
        assertThat(again.body().get("alreadyErased").asBoolean()).isTrue();
        assertThat(again.body().get("reason").asString()).isEqualTo("LAWFUL_REQUEST");
        assertThat(officer.views(urn).get("state").asString()).isEqualTo("OPEN");
    }

    @Test
    void aVictimOfAnotherForceOrNoneIsUnknownToTheSupervisor() {
        SyntheticVictim westMidlandsVictim = SyntheticVictim.make();
        String westMidlandsUrn = "20" + newUrn().substring(2);
        Officer westMidlands = new Officer(port, platform.tokenFor("PC-0201"));
        assertThat(westMidlands.post("/api/cases", caseWithDetails(westMidlandsVictim, westMidlandsUrn)).status())
                .isEqualTo(201);
        Officer supervisor = new Officer(port, platform.tokenFor("PS-0002"));

        Officer.Response otherForce = supervisor.post("/api/victims/" + westMidlandsVictim.id() + "/erasure",
                Map.of("reason", "LAWFUL_REQUEST"));
        Officer.Response unknown = supervisor.post("/api/victims/VICTIM-NOBODY-" + UUID.randomUUID() + "/erasure",
                Map.of("reason", "LAWFUL_REQUEST"));

        assertThat(otherForce.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(otherForce.body().toString()).isEqualTo(unknown.body().toString()
                .replace(unknown.body().path("instance").asString(), otherForce.body().path("instance").asString()));
        assertThat(westMidlands.views(westMidlandsUrn).get("victimDetails").get("erased").asBoolean()).isFalse();
    }

    @Test
    void badVictimDetailsAreRefusedNamingEachFieldAndNothingIsStored() {
        String urn = newUrn();
        SyntheticVictim victim = SyntheticVictim.make();
        Officer officer = new Officer(port, platform.tokenFor("PC-0001"));
        Map<String, Object> body = new HashMap<>(caseWithDetails(victim, urn));
        body.put("victimDetails", Map.of(
                "name", Map.of("given", "", "family", victim.family()),
                "dateOfBirth", "2999-01-01",
                "contact", Map.of("email", "not-an-address " + victim.family(), "telephone", "call me"),
                "communicationPreferences", Map.of("preferredMethod", "CARRIER_PIGEON", "language", "1")));

        Officer.Response refused = officer.post("/api/cases", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.body())).containsExactlyInAnyOrder("victimDetails.name.given",
                "victimDetails.dateOfBirth", "victimDetails.contact.email", "victimDetails.contact.telephone",
                "victimDetails.communicationPreferences.preferredMethod",
                "victimDetails.communicationPreferences.language");
        assertThat(refused.body().toString()).doesNotContain(victim.family());
        assertThat(officer.get("/api/cases/" + urn).status()).isEqualTo(404);
        assertThat(officer.post("/api/cases", caseWithDetails(victim, urn)).status()).isEqualTo(201);
    }

    static Map<String, Object> caseWithDetails(SyntheticVictim victim, String urn) {
        Map<String, Object> body = new HashMap<>(Officer.aCase(urn));
        body.put("victimId", victim.id());
        body.put("victimDetails", victim.details());
        return body;
    }

    static String text(List<ConsumerRecord<String, Object>> records) {
        StringBuilder text = new StringBuilder();
        records.forEach(r -> text.append(new String((byte[]) r.value(), StandardCharsets.ISO_8859_1)).append('\n'));
        return text.toString();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("violations").forEach(v -> fields.add(v.get("field").asString()));
        return fields;
    }

    static String newUrn() {
        return "01ZD" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }
}
