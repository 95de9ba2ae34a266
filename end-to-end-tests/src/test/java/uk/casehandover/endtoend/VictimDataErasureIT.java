package uk.casehandover.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;
import uk.casehandover.schemas.Topics;
import uk.casehandover.verifier.AuditVerifier;
import uk.casehandover.platform.test.Everywhere;
import uk.casehandover.platform.test.SyntheticVictim;

/**
 * Victim personal data end to end, with the real police, CPS, ISVA and audit services: the officer opens a case with
 * a synthetic victim's details and submits the file; the CPS lawyer reads them; a police supervisor erases the victim
 * (key destruction). Then no plaintext value is anywhere - not in any Kafka topic (dead letters included), not in any
 * table of any database on the PostgreSQL server, not in any log output of this JVM since before the services
 * started - while the same searches find the pseudonymous victim id; both agencies' views say erased; and the case
 * file's entry in the audit log still verifies against a signed tree head with only the log's public key.
 */
@RealPlatformTest
class VictimDataErasureIT {

    private static CapturedOutput output;
    private static RunningAgencies agencies;
    private static RealPlatform platform;

    @TempDir
    static Path files;

    @BeforeAll
    static void startTheAgencies(RealPlatform started) {
        output = CapturedOutput.start();
        platform = started;
        agencies = RunningAgencies.withAudit(started);
    }

    @AfterAll
    static void stopTheAgencies() {
        if (agencies != null) {
            agencies.close();
        }
        if (output != null) {
            output.close();
        }
    }

    @Test
    void anErasedVictimsDetailsAreNowhereToBeReadWhileTheAuditLogStillVerifies() {
        String urn = "01ZE" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        SyntheticVictim victim = SyntheticVictim.make();
        Agency officer = new Agency(agencies.police, platform.tokenFor("PC-0001"));
        Agency lawyer = new Agency(agencies.cps, platform.tokenFor("CPS-0042"));
        Agency supervisor = new Agency(agencies.police, platform.tokenFor("PS-0002"));
        Agency auditor = new Agency(agencies.audit, platform.tokenFor("AUD-0001"));

        // the officer opens the case with the victim's details and submits the file; police and CPS read them
        officer.does("/api/cases", caseWithDetails(victim, urn));
        officer.does("/api/cases/" + urn + "/case-files", aFile());
        assertThat(officer.sees("/api/cases/" + urn).get("victimDetails").get("contact").get("email").asString())
                .isEqualTo(victim.email());
        JsonNode atCps = await("CPS has the victim", () -> lawyer.sees("/api/cases/" + urn),
                view -> view != null && view.get("victims").size() == 1).get("victims").get(0);
        assertThat(atCps.get("victimId").asString()).isEqualTo(victim.id());
        assertThat(atCps.get("name").get("family").asString()).isEqualTo(victim.family());
        JsonNode fileEntry = caseFileEntry(await("the audit log has the case file",
                () -> auditor.sees("/api/cases/" + urn + "/timeline"),
                timeline -> timeline != null && caseFileEntry(timeline) != null));
        byte[] fileRecord = recordBytes(auditor.sees("/api/audit/entries/" + fileEntry.get("logIndex").asLong()));
        assertThat(text(fileRecord)).contains(victim.id()).doesNotContain(victim.family());

        // a police supervisor erases the victim's personal data
        JsonNode erasure = supervisor.does("/api/victims/" + victim.id() + "/erasure", Map.of("reason", "LAWFUL_REQUEST"));
        assertThat(erasure.get("erased").asBoolean()).isTrue();

        // both agencies now say erased, with when and why
        JsonNode policeSide = officer.sees("/api/cases/" + urn).get("victimDetails");
        assertThat(policeSide.get("erased").asBoolean()).isTrue();
        assertThat(policeSide.get("erasureReason").asString()).isEqualTo("LAWFUL_REQUEST");
        JsonNode cpsSide = lawyer.sees("/api/cases/" + urn).get("victims").get(0);
        assertThat(cpsSide.get("erased").asBoolean()).isTrue();
        assertThat(cpsSide.get("erasedAt").asString()).isEqualTo(erasure.get("erasedAt").asString());

        // no plaintext anywhere; each search finds the pseudonymous victim id, so it can find what is there
        Map<String, String> kafka = Everywhere.kafka(platform);
        assertThat(kafka).containsKey(Topics.POLICE_TO_CPS);
        assertThat(kafka.get(Topics.POLICE_TO_CPS).contains(victim.id())).as("the file's topic names the victim").isTrue();
        kafka.forEach((topic, records) -> victim.plaintext().forEach(value ->
                assertThat(records.contains(value)).as("topic " + topic + " holds " + value).isFalse()));
        Map<String, String> postgresql = Everywhere.postgresql(platform);
        assertThat(postgresql.entrySet().stream().filter(db -> db.getValue().contains(victim.id())).count())
                .as("the police and CPS databases name the victim").isGreaterThanOrEqualTo(2);
        postgresql.forEach((database, rows) -> victim.plaintext().forEach(value ->
                assertThat(rows.contains(value)).as("database " + database + " holds " + value).isFalse()));
        String logs = output.text();
        assertThat(logs.contains("Victim " + victim.id() + ": personal data erased by PS-0002"))
                .as("the erasure is logged by victim id").isTrue();
        victim.plaintext().forEach(value -> assertThat(logs.contains(value)).as("the logs hold " + value).isFalse());

        // the audit log still verifies the case file's record, and would refuse an altered one
        JsonNode head = auditor.sees("/api/audit/tree-head");
        String proof = auditor.sees(fileEntry.get("inclusionProof").asString() + "?treeSize="
                + head.get("treeSize").asLong()).toString();
        Path key = write("key.b64", auditor.sees("/api/audit/public-key").get("publicKey").asString().getBytes(
                StandardCharsets.UTF_8));
        Path headFile = write("head.json", head.toString().getBytes(StandardCharsets.UTF_8));
        Path proofFile = write("proof.json", proof.getBytes(StandardCharsets.UTF_8));
        assertThat(verify(headFile, proofFile, write("record.bin", fileRecord), key)).as(verifierOutput).isEqualTo(0);
        assertThat(verifierOutput).startsWith("verified: entry " + fileEntry.get("logIndex").asLong());
        byte[] altered = fileRecord.clone();
        altered[altered.length - 1] ^= 1;
        assertThat(verify(headFile, proofFile, write("altered.bin", altered), key)).isEqualTo(1);
    }

    private static Map<String, Object> caseWithDetails(SyntheticVictim victim, String urn) {
        return Map.of("urn", urn, "forceCode", "01",
                "offences", List.of(Map.of("cjsOffenceCode", "SX03001", "description", "Synthetic offence wording")),
                "suspects", List.of(Map.of("pncId", "98/1234567L")),
                "victimId", victim.id(), "enhancedRightsVictim", true,
                "policeContact", Map.of("team", "Synthetic RASSO Team", "telephone", "01000 000000"),
                "victimDetails", victim.details());
    }

    private static Map<String, Object> aFile() {
        return Map.of("mg3Summary", "Synthetic MG3 summary", "caseSummary", "Synthetic case summary",
                "evidenceManifest", List.of(Map.of("documentId", "DOC-1", "title", "Synthetic statement",
                        "documentType", "WITNESS_STATEMENT",
                        "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "sizeBytes", 4)),
                "disclosureSchedules", List.of("MG6C"), "testRequested", "FULL_CODE_TEST",
                "bailExpiresAt", Instant.now().plus(90, ChronoUnit.DAYS).toString(),
                "suspectInCustody", false, "vulnerableVictim", true);
    }

    private static JsonNode caseFileEntry(JsonNode timeline) {
        for (JsonNode handover : timeline.get("handovers")) {
            if ("uk.casehandover.police.v1.CaseFileSubmitted".equals(handover.get("eventType").asString())) {
                return handover;
            }
        }
        return null;
    }

    /** The exact bytes of the Kafka record an audit entry names (its topic, partition and offset). */
    private static byte[] recordBytes(JsonNode entry) {
        Map<String, Object> settings = new HashMap<>(platform.kafkaAdminProperties());
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        TopicPartition partition = new TopicPartition(entry.get("topic").asString(), entry.get("partition").asInt());
        long offset = entry.get("offset").asLong();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings)) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, offset);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("no record at " + partition + " offset " + offset);
    }

    private static String verifierOutput;

    private static int verify(Path head, Path proof, Path record, Path key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = AuditVerifier.run(new String[] {"verify-inclusion", "--tree-head", head.toString(), "--proof",
                proof.toString(), "--record", record.toString(), "--public-key", key.toString()}, print, print);
        verifierOutput = out.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private static Path write(String name, byte[] content) {
        try {
            return Files.write(files.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static JsonNode await(String what, Supplier<JsonNode> read, Predicate<JsonNode> until) {
        return Awaitility.await(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(read::get, until::test);
    }
}
