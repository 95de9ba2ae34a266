package uk.casehandover.audit.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.casehandover.schemas.fixtures.SampleEvents.aCaseFileReceiptAcknowledged;
import static uk.casehandover.schemas.fixtures.SampleEvents.aCaseFileSubmitted;
import static uk.casehandover.schemas.fixtures.SampleEvents.aHandoverAcknowledged;
import static uk.casehandover.schemas.fixtures.SampleEvents.anActionPlanIssued;
import static uk.casehandover.schemas.fixtures.SampleEvents.anEarlyAdviceRequested;
import static uk.casehandover.schemas.fixtures.SampleEvents.metadata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import uk.casehandover.audit.AuditServiceApplication;
import uk.casehandover.audit.log.messaging.HandoverRecordConsumer;
import uk.casehandover.audit.v1.TreeHeadPublished;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.common.v1.HandoverAcknowledged;
import uk.casehandover.cps.v1.ActionPlanIssued;
import uk.casehandover.cps.v1.CaseFileReceiptAcknowledged;
import uk.casehandover.platform.test.HandoverWire;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;
import uk.casehandover.platform.test.UntrustedTokens;
import uk.casehandover.police.v1.CaseFileSubmitted;
import uk.casehandover.police.v1.EarlyAdviceRequested;
import uk.casehandover.schemas.Topics;
import uk.casehandover.transparency.LogPublicKey;
import uk.casehandover.transparency.SignedTreeHead;
import uk.casehandover.transparency.TreeHead;
import uk.casehandover.verifier.AuditVerifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit service on the real platform: agencies' records sent with HandoverWire on the handover topics, the log
 * in its own database, its API read as an agency's auditor would, and every proof checked by the audit-verifier with
 * only the public key. Each test has its own URN; one context for all. Every request carries a real token from the
 * platform's identity provider: auditor AUD-0001 unless a test asks as someone else (docs/audit-log.md, "Who may read
 * what").
 */
@RealPlatformTest
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = AuditServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditServiceIT {

    static final String DEAD_LETTERS = "handover.police-to-cps.audit-service.dlt";
    static RealPlatform platform;
    static String database;
    static HandoverWire wire;
    static Map<String, HandoverWire.Reader> rawTopics = new HashMap<>();
    /** Demo users' tokens (docs/authentication.md): fetched once, they live 30 minutes. */
    static Map<String, String> tokens = new HashMap<>();

    @TempDir
    Path files;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HandoverRecordConsumer consumer;

    @Autowired
    Environment environment;

    @BeforeAll
    static void platform(RealPlatform started) {
        platform = started;
        database = started.newDatabase("audit_service");
        wire = new HandoverWire(started);
        for (String topic : Topics.ALL) {
            rawTopics.put(topic, wire.rawReader(topic));
        }
    }

    @AfterAll
    static void close() {
        rawTopics.values().forEach(HandoverWire.Reader::close);
        wire.close();
    }

    @DynamicPropertySource
    static void platformProperties(DynamicPropertyRegistry properties) {
        platform.serviceProperties(database).forEach((name, value) -> properties.add(name, () -> value));
        properties.add("casehandover.audit.tree-heads.publish-interval", () -> "500ms");
        properties.add("logging.level.kafka", () -> "WARN");
        properties.add("logging.level.org.apache.kafka", () -> "WARN");
    }

    static String aNewUrn() {
        return "01ZA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** Auditor AUD-0001. */
    Auditor auditor() {
        return as("AUD-0001");
    }

    /** A demo user with their token from the identity provider. */
    Auditor as(String demoUser) {
        return withToken(tokens.computeIfAbsent(demoUser, platform::tokenFor));
    }

    Auditor withToken(String token) {
        return new Auditor(Integer.parseInt(environment.getProperty("local.server.port")), token);
    }

    @Test
    void appendsEachRecordOnceAndListsTheCaseInLogOrderWithTheReceiversAcknowledgements() {
        String urn = aNewUrn();
        Story story = aStory(urn);

        JsonNode timeline = auditor().ok("/api/cases/" + urn + "/timeline").body();
        List<JsonNode> handovers = list(timeline.get("handovers"));
        assertThat(handovers).extracting(h -> h.get("eventId").asText()).containsExactly(
                id(story.file), id(story.receipt), id(story.plan), id(story.planAcknowledged), id(story.advice),
                id(story.policeAcknowledgingItsOwnFile));
        JsonNode file = handovers.get(0);
        assertThat(file.get("eventType").asText()).isEqualTo("uk.casehandover.police.v1.CaseFileSubmitted");
        assertThat(file.get("senderAgency").asText()).isEqualTo("POLICE");
        assertThat(file.get("senderId").asText()).isEqualTo("01");
        assertThat(file.get("receiverAgency").asText()).isEqualTo("CPS");
        assertThat(file.get("topic").asText()).isEqualTo(Topics.POLICE_TO_CPS);
        assertThat(file.get("sent").asText()).isEqualTo(story.file.getMetadata().getOccurredAt().toString());
        assertThat(file.get("acknowledged").get("eventId").asText()).isEqualTo(id(story.receipt));
        assertThat(file.get("inclusionProof").asText()).isEqualTo("/api/audit/entries/" + file.get("logIndex").asLong()
                + "/inclusion-proof");
        assertThat(handovers.get(2).get("acknowledged").get("eventId").asText()).isEqualTo(id(story.planAcknowledged));
        assertThat(handovers.get(4).get("acknowledged").isNull()).as("nobody acknowledged the early advice request").isTrue();
        List<Long> indexes = handovers.stream().map(h -> h.get("logIndex").asLong()).toList();
        assertThat(indexes).isSorted().doesNotHaveDuplicates();

        // the file was sent twice (same event id) and its first record is redelivered: still one entry each
        redeliver(Topics.POLICE_TO_CPS, urn, offsetOf(file));
        assertThat(list(auditor().ok("/api/cases/" + urn + "/timeline").body().get("handovers"))).hasSize(6);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE urn = ?", Long.class, urn)).isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_node WHERE level = 0", Long.class))
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM audit_entry", Long.class))
                .isEqualTo(jdbc.queryForObject("SELECT max(entry_index) + 1 FROM audit_entry", Long.class));
    }

    @Test
    void saysWhatAnAgencyHadReceivedAboutTheCaseAtAGivenTime() {
        String urn = aNewUrn();
        Story story = aStory(urn);
        List<JsonNode> timeline = list(auditor().ok("/api/cases/" + urn + "/timeline").body().get("handovers"));
        Instant planAcknowledgedLogged = Instant.parse(timeline.get(3).get("logged").asText());

        JsonNode cps = auditor().ok("/api/cases/" + urn + "/received?agency=CPS&at=" + planAcknowledgedLogged).body();
        assertThat(list(cps.get("handovers"))).extracting(h -> h.get("eventId").asText())
                .containsExactly(id(story.file), id(story.planAcknowledged));
        JsonNode police = auditor().ok("/api/cases/" + urn + "/received?agency=POLICE&at=" + Instant.now().plusSeconds(60)).body();
        assertThat(list(police.get("handovers"))).extracting(h -> h.get("eventId").asText())
                .containsExactly(id(story.receipt), id(story.plan));
        Instant beforeAnything = Instant.parse(timeline.get(0).get("logged").asText()).minusMillis(1);
        assertThat(list(auditor().ok("/api/cases/" + urn + "/received?agency=CPS&at=" + beforeAnything).body().get("handovers")))
                .isEmpty();
    }

    @Test
    void anInclusionProofFetchedOverHttpVerifiesWithOnlyThePublicKey() {
        String urn = aNewUrn();
        Story story = aStory(urn);
        JsonNode file = list(auditor().ok("/api/cases/" + urn + "/timeline").body().get("handovers")).get(0);

        Path key = write("key.b64", auditor().ok("/api/audit/public-key").body().get("publicKey").asText());
        Auditor.Answer head = auditor().ok("/api/audit/tree-head");
        long treeSize = head.body().get("treeSize").asLong();
        Auditor.Answer proof = auditor().ok(file.get("inclusionProof").asText() + "?treeSize=" + treeSize);
        Path record = write("record.bin", recordBytes(Topics.POLICE_TO_CPS, urn, offsetOf(file)));

        assertThat(verify("verify-inclusion", "--tree-head", write("head.json", head.text()), "--proof",
                write("proof.json", proof.text()), "--record", record, "--public-key", key)).isEqualTo(0);
        assertThat(output).startsWith("verified: entry " + file.get("logIndex").asLong() + " (" + CaseFileSubmitted.getClassSchema()
                .getFullName() + " " + id(story.file));
        String leafHash = auditor().ok("/api/audit/entries/" + file.get("logIndex").asLong()).body().get("leafHash").asText();
        assertThat(verify("verify-inclusion", "--tree-head", write("head.json", head.text()), "--proof",
                write("proof.json", proof.text()), "--entry-hash", leafHash, "--public-key", key)).isEqualTo(0);
    }

    @Test
    void theDocumentedFetchRecordProgramWritesARecordsExactBytes() throws Exception {
        String urn = aNewUrn();
        sendAndAwaitLogged(Topics.POLICE_TO_CPS, aCaseFileSubmitted().withUrn(urn).build());
        JsonNode file = list(auditor().ok("/api/cases/" + urn + "/timeline").body().get("handovers")).get(0);
        JsonNode entry = auditor().ok("/api/audit/entries/" + file.get("logIndex").asLong()).body();
        Path out = files.resolve("fetched.bin");
        Path program = Path.of("../../tools/audit-verifier/scripts/FetchRecord.java").toAbsolutePath().normalize();
        // as the read-only auditor principal, with a Kafka client properties file as the CLI tools take it
        Path auditor = uk.casehandover.platform.embedded.KafkaCredentials.loadOrCreate(platform.kafkaCredentialsDirectory())
                .writeClientPropertiesFile("auditor", files.resolve("auditor.properties"));

        Process fetch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), program.toString(), platform.bootstrapServers(),
                entry.get("topic").asText(), entry.get("partition").asText(), entry.get("offset").asText(), out.toString(),
                auditor.toString())
                .redirectErrorStream(true).start();
        String printed = new String(fetch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(fetch.waitFor()).as(printed).isZero();

        assertThat(Files.readAllBytes(out)).isEqualTo(recordBytes(Topics.POLICE_TO_CPS, urn, entry.get("offset").asLong()));
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out))))
                .isEqualTo(entry.get("recordSha256").asText());
    }

    @Test
    void aLaterTreeHeadProvablyExtendsAnEarlierOne() {
        String urn = aNewUrn();
        sendAndAwaitLogged(Topics.POLICE_TO_CPS, aCaseFileSubmitted().withUrn(urn).build());
        Auditor.Answer earlier = auditor().ok("/api/audit/tree-head");
        sendAndAwaitLogged(Topics.POLICE_TO_CPS, anEarlyAdviceRequested().setMetadata(metadata(Agency.POLICE).setUrn(urn).build()).build());
        Auditor.Answer later = auditor().ok("/api/audit/tree-head");
        long from = earlier.body().get("treeSize").asLong();
        long to = later.body().get("treeSize").asLong();
        assertThat(to).isGreaterThan(from);
        Auditor.Answer proof = auditor().ok("/api/audit/consistency-proof?from=" + from + "&to=" + to);
        Path key = write("key.b64", auditor().ok("/api/audit/public-key").body().get("publicKey").asText());

        assertThat(verify("verify-consistency", "--old-head", write("old.json", earlier.text()), "--new-head",
                write("new.json", later.text()), "--proof", write("proof.json", proof.text()), "--public-key", key)).isEqualTo(0);
        assertThat(output).startsWith("verified: the tree of " + to + " entries extends the tree of " + from);
    }

    @Test
    void theVerifierDetectsAStoredEntryChangedDeletedOrSwappedInPostgresql() {
        String urn = aNewUrn();
        aStory(urn);
        List<JsonNode> timeline = list(auditor().ok("/api/cases/" + urn + "/timeline").body().get("handovers"));
        JsonNode file = timeline.get(0);
        JsonNode receipt = timeline.get(1);
        Path key = write("key.b64", auditor().ok("/api/audit/public-key").body().get("publicKey").asText());
        Path head = write("head.json", auditor().ok("/api/audit/tree-head").text());
        byte[] fileBytes = recordBytes(Topics.POLICE_TO_CPS, urn, offsetOf(file));
        byte[] receiptBytes = recordBytes(Topics.CPS_TO_POLICE, urn, offsetOf(receipt));
        long fileIndex = file.get("logIndex").asLong();
        long receiptIndex = receipt.get("logIndex").asLong();
        assertThat(verifyInclusion(head, fileIndex, fileBytes, key)).as(output).isEqualTo(0);

        tampered("UPDATE audit_entry SET event_type = 'uk.casehandover.police.v1.EarlyAdviceRequested' WHERE entry_index = "
                + fileIndex, () -> {
                    assertThat(verifyInclusion(head, fileIndex, fileBytes, key)).isEqualTo(1);
                    assertThat(output).startsWith("FAILED: entry: the entry's fields hash to leaf");
                });
        long deleted = receiptIndex - 1;
        tampered("DELETE FROM audit_entry WHERE entry_index = " + deleted + ";"
                + " UPDATE audit_entry SET entry_index = entry_index + 1000000000 WHERE entry_index > " + deleted + ";"
                + " UPDATE audit_entry SET entry_index = entry_index - 1000000001 WHERE entry_index >= 1000000000", () -> {
                    JsonNode moved = auditor().ok("/api/audit/entries/" + deleted).body();
                    assertThat(moved.get("eventId").asText()).isEqualTo(receipt.get("eventId").asText());
                    assertThat(verifyInclusion(head, deleted, receiptBytes, key)).isEqualTo(1);
                    assertThat(output).startsWith("FAILED: entry: the entry's fields hash to leaf");
                });
        tampered("UPDATE audit_entry SET entry_index = 999999999 WHERE entry_index = " + fileIndex + ";"
                + " UPDATE audit_entry SET entry_index = " + fileIndex + " WHERE entry_index = " + receiptIndex + ";"
                + " UPDATE audit_entry SET entry_index = " + receiptIndex + " WHERE entry_index = 999999999", () -> {
                    assertThat(verifyInclusion(head, receiptIndex, fileBytes, key)).isEqualTo(1);
                    assertThat(output).startsWith("FAILED: entry: the entry's fields hash to leaf");
                    assertThat(verifyInclusion(head, fileIndex, receiptBytes, key)).isEqualTo(1);
                });
        assertThat(verifyInclusion(head, fileIndex, fileBytes, key)).as("restored: " + output).isEqualTo(0);
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicWithItsReasonAndIsNotLogged() {
        String urn = aNewUrn();
        wire.sendMalformed(Topics.POLICE_TO_CPS, urn);
        try (HandoverWire.Reader deadLetters = wire.rawReader(DEAD_LETTERS)) {
            List<ConsumerRecord<String, Object>> dead = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> deadLetters.about(urn), records -> !records.isEmpty());
            assertThat(HandoverWire.header(dead.get(0), "exception-message")).contains("magic byte 0x07");
            assertThat(HandoverWire.header(dead.get(0), "original-topic")).isEqualTo(Topics.POLICE_TO_CPS);
            assertThat((byte[]) dead.get(0).value()).containsExactly(7, 0, 0, 0, 1, 2, 3);
        }
        String after = aNewUrn();
        sendAndAwaitLogged(Topics.POLICE_TO_CPS, aCaseFileSubmitted().withUrn(after).build());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE urn = ?", Long.class, urn)).isZero();
    }

    /** Every topic the audit service consumes dead-letters what it cannot read, to its own dead-letter topic. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Topics.CPS_TO_POLICE, Topics.POLICE_TO_ISVA, Topics.ISVA_TO_POLICE})
    void aMalformedRecordOnEveryOtherConsumedTopicGoesToItsDeadLetterTopic(String topic) {
        String urn = aNewUrn();
        wire.sendMalformed(topic, urn);
        try (HandoverWire.Reader deadLetters = wire.rawReader(topic + ".audit-service.dlt")) {
            List<ConsumerRecord<String, Object>> dead = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> deadLetters.about(urn), records -> !records.isEmpty());
            assertThat(HandoverWire.header(dead.get(0), "exception-message")).contains("magic byte 0x07");
            assertThat(HandoverWire.header(dead.get(0), "original-topic")).isEqualTo(topic);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE urn = ?", Long.class, urn)).isZero();
    }

    @Test
    void publishesSignedTreeHeadsKeyedByLogIdWhenTheLogHasGrown() {
        String urn = aNewUrn();
        sendAndAwaitLogged(Topics.POLICE_TO_CPS, aCaseFileSubmitted().withUrn(urn).build());
        long size = auditor().ok("/api/audit/tree-head").body().get("treeSize").asLong();
        JsonNode key = auditor().ok("/api/audit/public-key").body();
        LogPublicKey publicKey = LogPublicKey.fromBase64(key.get("publicKey").asText());
        String logId = key.get("logId").asText();
        assertThat(logId).isEqualTo(publicKey.logId());
        try (HandoverWire.Reader heads = wire.reader(Topics.PLATFORM_AUDIT_TREE_HEADS)) {
            List<TreeHeadPublished> published = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> heads.eventsAbout(logId, TreeHeadPublished.class),
                            all -> all.stream().anyMatch(h -> h.getTreeSize() >= size));
            TreeHeadPublished head = published.stream().filter(h -> h.getTreeSize() >= size).findFirst().orElseThrow();
            SignedTreeHead signed = new SignedTreeHead(new TreeHead(head.getTreeSize(), head.getTimestamp().toEpochMilli(),
                    bytes(head.getRootHash())), bytes(head.getSignature()));
            assertThat(publicKey.verify(signed).valid()).isTrue();
            assertThat(published).extracting(TreeHeadPublished::getTreeSize).doesNotHaveDuplicates().isSorted();
        }
    }

    @Test
    void refusesBadParametersNamingTheParameterAndTheRule() {
        Auditor auditor = auditor();
        assertProblem(auditor.get("/api/cases/01ZA12/timeline"), 400, "urn", "must be 11 characters");
        assertProblem(auditor.get("/api/cases/01ZA0000001/received?at=2026-11-02T09:00:00Z"), 400, "agency", "is required");
        assertProblem(auditor.get("/api/cases/01ZA0000001/received?agency=COURT&at=2026-11-02T09:00:00Z"), 400, "agency",
                "must be one of");
        assertProblem(auditor.get("/api/cases/01ZA0000001/received?agency=CPS&at=yesterday"), 400, "at", "ISO-8601");
        assertProblem(auditor.get("/api/audit/entries/first"), 400, "index", "whole number");
        assertProblem(auditor.get("/api/audit/entries/-1"), 400, "index", "0 or more");
        assertThat(auditor.get("/api/audit/entries/999999999").status()).isEqualTo(404);
        sendAndAwaitLogged(Topics.POLICE_TO_CPS, aCaseFileSubmitted().withUrn(aNewUrn()).build());
        long size = auditor.ok("/api/audit/tree-head").body().get("treeSize").asLong();
        assertProblem(auditor.get("/api/audit/entries/0/inclusion-proof?treeSize=" + (size + 1)), 400, "treeSize", "at most the log's size");
        assertProblem(auditor.get("/api/audit/entries/0/inclusion-proof?treeSize=0"), 400, "treeSize", "greater than the index");
        assertProblem(auditor.get("/api/audit/consistency-proof?from=1"), 400, "to", "is required");
        assertProblem(auditor.get("/api/audit/consistency-proof?from=2&to=1"), 400, "from", "must not be greater than to");
        assertProblem(auditor.get("/api/audit/consistency-proof?from=0&to=" + (size + 1)), 400, "to", "log's size");
        assertThat(auditor.get("/v3/api-docs").text()).contains("/api/audit/tree-head").contains("/api/cases/{urn}/timeline");
    }

    // --- who may read what (docs/audit-log.md) ---------------------------------------------------------------------

    /** One demo user of every agency role, own and other force and Area (docs/authentication.md). */
    static final List<String> EVERY_AGENCY_USER = List.of("AUD-0001", "PC-0001", "PS-0002", "PC-0201", "CPS-0042",
            "DCP-0003", "CPS-0777", "ISVA-0007");

    @Test
    void everyAgencyRoleReadsTheTreeHeadThePublicKeyAndTheProofsButTheEntryOnlyIfItsCaseIsTheirs() {
        String urn = aNewUrn();
        sendAndAwaitLogged(Topics.POLICE_TO_CPS, aCaseFileSubmitted().withUrn(urn).build());
        long index = list(auditor().ok("/api/cases/" + urn + "/timeline").body().get("handovers")).get(0).get("logIndex").asLong();
        long size = auditor().ok("/api/audit/tree-head").body().get("treeSize").asLong();
        String proofPath = "/api/audit/entries/" + index + "/inclusion-proof?treeSize=" + size;

        for (String user : EVERY_AGENCY_USER) {
            Auditor agency = as(user);
            assertThat(agency.get("/api/audit/tree-head").status()).as(user).isEqualTo(200);
            assertThat(agency.get("/api/audit/public-key").status()).as(user).isEqualTo(200);
            assertThat(agency.get("/api/audit/consistency-proof?from=1&to=" + size).status()).as(user).isEqualTo(200);
            assertThat(agency.get(proofPath).status()).as(user).isEqualTo(200);
            assertThat(agency.get("/api/audit/entries/" + index + "/inclusion-proof").status()).as(user).isEqualTo(200);
        }

        // the proof carries the entry for the case's force and the auditor; for anyone else, hashes only
        assertThat(as("PC-0001").ok(proofPath).body().get("entry").get("urn").asText()).isEqualTo(urn);
        assertThat(auditor().ok(proofPath).body().get("entry").get("urn").asText()).isEqualTo(urn);
        for (String stranger : List.of("PC-0201", "CPS-0042", "CPS-0777", "ISVA-0007")) {
            Auditor.Answer proof = as(stranger).ok(proofPath);
            assertThat(absent(proof.body().get("entry"))).as(stranger + ": " + proof.text()).isTrue();
            assertThat(proof.text()).as(stranger).doesNotContain(urn);
        }

        // hashes only still verify, with the leaf hash the agency holds
        Auditor isva = as("ISVA-0007");
        Path key = write("key.b64", isva.ok("/api/audit/public-key").body().get("publicKey").asText());
        Auditor.Answer head = isva.ok("/api/audit/tree-head");
        Auditor.Answer proof = isva.ok("/api/audit/entries/" + index + "/inclusion-proof?treeSize=" + head.body().get("treeSize").asLong());
        assertThat(verify("verify-inclusion", "--tree-head", write("head.json", head.text()), "--proof", write("proof.json", proof.text()),
                "--entry-hash", proof.body().get("leafHash").asText(), "--public-key", key)).as(output).isEqualTo(0);
    }

    @Test
    void aCaseAndItsEntriesAreReadByTheAuditorItsForceAndItsCpsAreaAndAre404ForAnyoneElse(CapturedOutput logs) {
        String urn = aNewUrn();
        aStory(urn);
        long fileIndex = list(auditor().ok("/api/cases/" + urn + "/timeline").body().get("handovers")).get(0).get("logIndex").asLong();
        String at = Instant.now().plusSeconds(60).toString();
        String timeline = "/api/cases/" + urn + "/timeline";
        String received = "/api/cases/" + urn + "/received?agency=CPS&at=" + at;
        String entry = "/api/audit/entries/" + fileIndex;

        for (String user : List.of("AUD-0001", "PC-0001", "PS-0002", "CPS-0042", "DCP-0003")) {
            Auditor allowed = as(user);
            assertThat(list(allowed.ok(timeline).body().get("handovers"))).as(user).hasSize(6);
            assertThat(allowed.ok(received).body()).as(user).isEqualTo(auditor().ok(received).body());
            assertThat(list(allowed.ok(received).body().get("handovers"))).as(user).hasSize(4);
            assertThat(allowed.ok(entry).body().get("urn").asText()).as(user).isEqualTo(urn);
        }

        String unknownUrn = aNewUrn();
        Auditor.Answer unknownTimeline = auditor().get("/api/cases/" + unknownUrn + "/timeline");
        Auditor.Answer unknownReceived = auditor().get("/api/cases/" + unknownUrn + "/received?agency=CPS&at=" + at);
        Auditor.Answer noEntry = auditor().get("/api/audit/entries/999999999");
        assertThat(unknownTimeline.status()).as(unknownTimeline.text()).isEqualTo(404);
        assertThat(unknownTimeline.contentType()).startsWith("application/problem+json");
        assertThat(unknownTimeline.body().get("title").asText()).isEqualTo("No such case");
        assertThat(unknownReceived.status()).isEqualTo(404);
        assertThat(noEntry.status()).isEqualTo(404);
        for (String stranger : List.of("PC-0201", "CPS-0777")) {
            Auditor other = as(stranger);
            assertSameAnswer(other.get(timeline), unknownTimeline, stranger);
            assertSameAnswer(other.get(received), unknownReceived, stranger);
            assertSameAnswer(other.get(entry), noEntry, stranger);
        }

        Auditor isva = as("ISVA-0007");
        for (String path : List.of(timeline, received, entry)) {
            Auditor.Answer refused = isva.get(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text()).doesNotContain(urn);
        }

        List<String> refusals = logs.getAll().lines().filter(line -> line.contains("Access refused")).toList();
        assertThat(refusals).anySatisfy(line -> assertThat(line).contains("status=404 subject=PC-0201 roles=POLICE_OFFICER"
                + " agency=force=20 method=GET path=/api/cases/{urn}/timeline reason=case of another agency"));
        assertThat(refusals).anySatisfy(line -> assertThat(line).contains("status=404 subject=CPS-0777 roles=CPS_LAWYER"
                + " agency=cpsArea=WESSEX method=GET path=/api/audit/entries/{index} reason=entry of another agency's case"));
        assertThat(refusals).anySatisfy(line -> assertThat(line).contains("status=403 subject=ISVA-0007 roles=ISVA"));
        assertThat(refusals).as("never the case's URN in a log line").noneMatch(line -> line.contains(urn));
    }

    @Test
    void aCpsLawyerReadsACaseOnlyOnceTheLogHoldsAnEventOfTheirArea() {
        String urn = aNewUrn();
        CaseFileSubmitted file = sendAndAwaitLogged(Topics.POLICE_TO_CPS, aCaseFileSubmitted().withUrn(urn).build());
        String timeline = "/api/cases/" + urn + "/timeline";
        long fileIndex = list(auditor().ok(timeline).body().get("handovers")).get(0).get("logIndex").asLong();
        String entry = "/api/audit/entries/" + fileIndex;
        assertThat(as("PC-0001").get(timeline).status()).isEqualTo(200);
        assertThat(as("CPS-0042").get(timeline).status()).as("no CPS event yet: the Area is not known").isEqualTo(404);
        assertThat(as("CPS-0042").get(entry).status()).isEqualTo(404);

        sendAndAwaitLogged(Topics.CPS_TO_POLICE, aCaseFileReceiptAcknowledged().setMetadata(metadata(Agency.CPS).setUrn(urn).build())
                .setCaseFileEventId(file.getMetadata().getEventId()).build());

        assertThat(list(as("CPS-0042").ok(timeline).body().get("handovers"))).hasSize(2);
        assertThat(as("DCP-0003").ok(entry).body().get("urn").asText()).isEqualTo(urn);
        assertThat(as("CPS-0777").get(timeline).status()).as("another Area").isEqualTo(404);
        assertThat(as("CPS-0777").get(entry).status()).isEqualTo(404);
    }

    @Test
    void withoutAValidTokenEveryApiAnswers401AsAProblemWhileHealthAndTheApiDocsStayOpen() {
        String urn = aNewUrn();
        sendAndAwaitLogged(Topics.POLICE_TO_CPS, aCaseFileSubmitted().withUrn(urn).build());
        long index = list(auditor().ok("/api/cases/" + urn + "/timeline").body().get("handovers")).get(0).get("logIndex").asLong();
        List<String> paths = List.of("/api/audit/tree-head", "/api/audit/public-key", "/api/audit/consistency-proof?from=0&to=1",
                "/api/audit/entries/" + index, "/api/audit/entries/" + index + "/inclusion-proof", "/api/cases/" + urn + "/timeline",
                "/api/cases/" + urn + "/received?agency=CPS&at=2026-11-02T09:00:00Z");
        String forged = UntrustedTokens.signedByAnotherKey(platform.identityProviderIssuer(), "AUD-0001",
                Map.of("roles", List.of("AUDITOR")));
        for (String path : paths) {
            Auditor.Answer anonymous = withToken(null).get(path);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.contentType()).as(path).startsWith("application/problem+json");
            assertThat(anonymous.text()).as(path).doesNotContain(urn);
            assertThat(withToken(forged).get(path).status()).as("signed by another key: " + path).isEqualTo(401);
        }
        assertThat(withToken(null).get("/actuator/health").status()).isNotEqualTo(401).isNotEqualTo(403);
        assertThat(withToken(null).get("/v3/api-docs").status()).isEqualTo(200);
    }

    static void assertSameAnswer(Auditor.Answer answer, Auditor.Answer unknown, String who) {
        assertThat(answer.status()).as(who + ": " + answer.text()).isEqualTo(404);
        assertThat(answer.text()).as(who).isEqualTo(unknown.text());
        assertThat(answer.contentType()).as(who).isEqualTo(unknown.contentType());
    }

    static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    // --- the story every test tells on its own case --------------------------------------------------------------

    /** Police submit a file, CPS acknowledge receipt and issue a plan, the police acknowledge it and ask for advice. */
    record Story(CaseFileSubmitted file, CaseFileReceiptAcknowledged receipt, ActionPlanIssued plan,
            HandoverAcknowledged planAcknowledged, EarlyAdviceRequested advice, HandoverAcknowledged policeAcknowledgingItsOwnFile) {
    }

    Story aStory(String urn) {
        CaseFileSubmitted file = aCaseFileSubmitted().withUrn(urn).build();
        sendAndAwaitLogged(Topics.POLICE_TO_CPS, file);
        wire.send(Topics.POLICE_TO_CPS, file);
        CaseFileReceiptAcknowledged receipt = sendAndAwaitLogged(Topics.CPS_TO_POLICE, aCaseFileReceiptAcknowledged()
                .setMetadata(metadata(Agency.CPS).setUrn(urn).build()).setCaseFileEventId(file.getMetadata().getEventId()).build());
        ActionPlanIssued plan = sendAndAwaitLogged(Topics.CPS_TO_POLICE,
                anActionPlanIssued().setMetadata(metadata(Agency.CPS).setUrn(urn).build()).build());
        HandoverAcknowledged planAcknowledged = sendAndAwaitLogged(Topics.POLICE_TO_CPS, aHandoverAcknowledged()
                .setMetadata(metadata(Agency.POLICE).setUrn(urn).build()).setAcknowledgedEventId(plan.getMetadata().getEventId())
                .setAcknowledgedEventType(ActionPlanIssued.getClassSchema().getFullName()).build());
        EarlyAdviceRequested advice = sendAndAwaitLogged(Topics.POLICE_TO_CPS,
                anEarlyAdviceRequested().setMetadata(metadata(Agency.POLICE).setUrn(urn).build()).build());
        HandoverAcknowledged notAnAcknowledgement = sendAndAwaitLogged(Topics.POLICE_TO_CPS, aHandoverAcknowledged()
                .setMetadata(metadata(Agency.POLICE).setUrn(urn).build()).setAcknowledgedEventId(advice.getMetadata().getEventId())
                .setAcknowledgedEventType(EarlyAdviceRequested.getClassSchema().getFullName()).build());
        return new Story(file, receipt, plan, planAcknowledged, advice, notAnAcknowledgement);
    }

    <T extends SpecificRecord> T sendAndAwaitLogged(String topic, T event) {
        wire.send(topic, event);
        String eventId = ((uk.casehandover.common.v1.HandoverMetadata) event.get(0)).getEventId().toString();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(
                () -> jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE event_id = ?", Long.class, eventId) == 1);
        return event;
    }

    /** Hands the consumer the record again, exactly as the binder would after a rebalance. */
    void redeliver(String topic, String urn, long offset) {
        ConsumerRecord<String, Object> record = rawRecord(topic, urn, offset);
        consumer.accept(MessageBuilder.withPayload((byte[]) record.value())
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, record.topic())
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, record.partition())
                .setHeader(KafkaHeaders.OFFSET, record.offset())
                .setHeader(KafkaHeaders.RECEIVED_TIMESTAMP, record.timestamp())
                .build());
    }

    byte[] recordBytes(String topic, String urn, long offset) {
        return (byte[]) rawRecord(topic, urn, offset).value();
    }

    ConsumerRecord<String, Object> rawRecord(String topic, String urn, long offset) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> rawTopics.get(topic).about(urn).stream().filter(r -> r.offset() == offset).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    long offsetOf(JsonNode handover) {
        return auditor().ok("/api/audit/entries/" + handover.get("logIndex").asLong()).body().get("offset").asLong();
    }

    /** Tampers with the stored entries, runs the checks, and puts every entry back as it was. */
    void tampered(String statements, Runnable checks) {
        jdbc.execute("CREATE TABLE audit_entry_untouched AS SELECT * FROM audit_entry");
        try {
            jdbc.execute(statements);
            checks.run();
        } finally {
            jdbc.execute("DELETE FROM audit_entry; INSERT INTO audit_entry SELECT * FROM audit_entry_untouched;"
                    + " DROP TABLE audit_entry_untouched");
        }
    }

    String output;

    int verifyInclusion(Path head, long index, byte[] record, Path key) {
        long treeSize = auditor().ok("/api/audit/tree-head").body().get("treeSize").asLong();
        Auditor.Answer proof = auditor().ok("/api/audit/entries/" + index + "/inclusion-proof?treeSize=" + treeSize);
        return verify("verify-inclusion", "--tree-head", head, "--proof", write("proof.json", proof.text()), "--record",
                write("record.bin", record), "--public-key", key);
    }

    int verify(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] strings = java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = AuditVerifier.run(strings, print, print);
        output = out.toString(StandardCharsets.UTF_8);
        return exit;
    }

    Path write(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] content) {
        try {
            return Files.write(files.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertProblem(Auditor.Answer answer, int status, String field, String rule) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(list(answer.body().get("violations"))).as(answer.text())
                .anySatisfy(v -> {
                    assertThat(v.get("field").asText()).isEqualTo(field);
                    assertThat(v.get("rule").asText()).contains(rule);
                });
    }

    static List<JsonNode> list(JsonNode array) {
        return new ArrayList<>(StreamSupport.stream(array.spliterator(), false).toList());
    }

    static String id(SpecificRecord event) {
        return ((uk.casehandover.common.v1.HandoverMetadata) event.get(0)).getEventId().toString();
    }

    static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
