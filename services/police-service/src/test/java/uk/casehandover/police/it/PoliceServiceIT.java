package uk.casehandover.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.casehandover.schemas.fixtures.SampleEvents.aCaseFileAccepted;
import static uk.casehandover.schemas.fixtures.SampleEvents.aCaseFileReceiptAcknowledged;
import static uk.casehandover.schemas.fixtures.SampleEvents.aCaseFileRejected;
import static uk.casehandover.schemas.fixtures.SampleEvents.aChargingDecisionMade;
import static uk.casehandover.schemas.fixtures.SampleEvents.aVictimUpdateAcknowledged;
import static uk.casehandover.schemas.fixtures.SampleEvents.anActionPlanIssued;
import static uk.casehandover.schemas.fixtures.SampleEvents.anEarlyAdviceGiven;
import static uk.casehandover.schemas.fixtures.SampleEvents.metadata;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.common.v1.HandoverAcknowledged;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.cps.v1.CaseFileReceiptAcknowledged;
import uk.casehandover.cps.v1.EarlyAdviceGiven;
import uk.casehandover.platform.test.HandoverWire;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;
import uk.casehandover.police.PoliceServiceApplication;
import uk.casehandover.police.v1.CaseFileSubmitted;
import uk.casehandover.police.v1.EarlyAdviceRequested;
import uk.casehandover.police.v1.VictimConsentGiven;
import uk.casehandover.police.v1.VictimConsentWithdrawn;
import uk.casehandover.police.v1.VictimMilestone;
import uk.casehandover.police.v1.VictimToldOfDecision;
import uk.casehandover.police.v1.VictimUpdateIssued;
import uk.casehandover.schemas.Topics;

/**
 * The police service against the real platform: officers over HTTP, CPS and the ISVA service as plain Kafka clients
 * on the real handover topics, the real outbox relay and consumers. One Spring context for every story; each story
 * has a case (URN) of its own.
 */
@RealPlatformTest
@SpringBootTest(classes = PoliceServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "casehandover.outbox.relay.lock-retry-interval=200ms",
                "logging.level.kafka=WARN", "logging.level.org.apache.kafka=WARN"})
class PoliceServiceIT {

    static final String ISVA = "ISVA-SVC-0001";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    static RealPlatform platform;
    static String database;
    static OtherAgencies agencies;
    static String officerToken;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void platform(RealPlatform started) {
        platform = started;
        database = started.newDatabase("police_service");
        agencies = new OtherAgencies(started.kafkaAdminProperties(), started.schemaRegistryUrl());
        officerToken = started.tokenFor("PC-0001");
    }

    @AfterAll
    static void close() {
        agencies.close();
    }

    @DynamicPropertySource
    static void platformProperties(DynamicPropertyRegistry properties) {
        platform.serviceProperties(database).forEach((name, value) -> properties.add(name, () -> value));
    }

    /** PC-0001, an officer of force 01 (the Metropolitan Police), whose cases the stories open. */
    Officer officer() {
        return new Officer(port, officerToken);
    }

    /** Anyone else, by demo user id (platform/identity-provider's DemoUsers). */
    Officer as(String demoUser) {
        return new Officer(port, platform.tokenFor(demoUser));
    }

    @Test
    void submitsTheFileToCpsAndTellsTheConsentedIsvaOfTheMilestone() {
        String urn = newUrn();
        Officer officer = officer();

        assertThat(officer.opens(urn).status()).isEqualTo(201);
        assertThat(officer.consents(urn, ISVA).status()).isEqualTo(204);
        assertThat(officer.submitsAFile(urn).status()).isEqualTo(204);

        CaseFileSubmitted file = awaitOne(() -> agencies.cpsReceived(urn, CaseFileSubmitted.class));
        assertThat(file.getSubmissionNumber()).isEqualTo(1);
        assertThat(file.getMetadata().getProducingAgency()).isEqualTo(Agency.POLICE);
        assertThat(file.getMetadata().getProducerId()).isEqualTo("01");
        assertThat(file.getMetadata().getActor().getId()).isEqualTo("PC-0001");
        assertThat(file.getMetadata().getCorrelationId()).isEqualTo(file.getMetadata().getEventId());
        assertThat(file.getVictims()).singleElement().satisfies(v -> assertThat(v.getPersonalData()).isNull());

        List<SpecificRecord> toIsva = await().atMost(PATIENCE).until(() -> agencies.isvaReceived(urn), l -> l.size() == 2);
        assertThat(toIsva.get(0)).isInstanceOf(VictimConsentGiven.class);
        assertThat(toIsva.get(1)).isInstanceOfSatisfying(VictimUpdateIssued.class, update -> {
            assertThat(update.getMilestone()).isEqualTo(VictimMilestone.FILE_SUBMITTED);
            assertThat(update.getIsvaServiceId()).isEqualTo(ISVA);
            assertThat(update.getMetadata().getCausationId()).isEqualTo(file.getMetadata().getEventId());
        });
        JsonNode view = officer.views(urn);
        assertThat(view.get("state").asString()).isEqualTo("FILE_SUBMITTED");
        assertThat(view.get("sentToIsva")).hasSize(2);
    }

    @Test
    void appliesEachCpsStepOnceAndAcknowledgesItSoTheOfficerCanResubmitARejectedFile() {
        String urn = newUrn();
        Officer officer = officer();
        officer.opens(urn);
        assertThat(officer.post("/api/cases/" + urn + "/early-advice-requests", Map.of("summary", "Synthetic summary",
                "linesOfEnquiry", List.of("Synthetic enquiry"), "questionsForProsecutor", List.of("Synthetic question")))
                .status()).isEqualTo(204);
        EarlyAdviceRequested request = awaitOne(() -> agencies.cpsReceived(urn, EarlyAdviceRequested.class));
        EarlyAdviceGiven advice = anEarlyAdviceGiven().setMetadata(cps(urn, request.getMetadata()))
                .setRequestEventId(request.getMetadata().getEventId()).build();
        agencies.cpsSends(advice);
        agencies.cpsSends(advice);
        await().atMost(PATIENCE).until(() -> officer.views(urn).get("state").asString(), "EARLY_ADVICE_GIVEN"::equals);

        officer.submitsAFile(urn);
        CaseFileSubmitted file = awaitOne(() -> agencies.cpsReceived(urn, CaseFileSubmitted.class));
        UUID fileId = file.getMetadata().getEventId();
        CaseFileReceiptAcknowledged receipt = aCaseFileReceiptAcknowledged()
                .setMetadata(cps(urn, file.getMetadata())).setCaseFileEventId(fileId).build();
        agencies.cpsSends(receipt);
        agencies.cpsSends(receipt);
        agencies.cpsSends(aCaseFileRejected().setMetadata(cps(urn, file.getMetadata())).setCaseFileEventId(fileId)
                .build());

        List<HandoverAcknowledged> acks = await().atMost(PATIENCE)
                .until(() -> agencies.cpsReceived(urn, HandoverAcknowledged.class), l -> l.size() >= 3);
        assertThat(acks).extracting(HandoverAcknowledged::getAcknowledgedEventType).containsExactly(
                "uk.casehandover.cps.v1.EarlyAdviceGiven", "uk.casehandover.cps.v1.CaseFileReceiptAcknowledged",
                "uk.casehandover.cps.v1.CaseFileRejected");
        assertThat(acks.get(1).getAcknowledgedEventId()).isEqualTo(receipt.getMetadata().getEventId());
        assertThat(acks.get(1).getMetadata().getCausationId()).isEqualTo(receipt.getMetadata().getEventId());
        assertThat(acks.get(1).getMetadata().getCorrelationId()).isEqualTo(file.getMetadata().getCorrelationId());

        JsonNode view = officer.views(urn);
        assertThat(view.get("state").asString()).isEqualTo("REJECTED");
        assertThat(view.get("receivedFromCps")).hasSize(3);
        assertThat(view.get("sentToCps").valueStream()
                .filter(sent -> sent.get("eventId").asString().equals(fileId.toString()))
                .findFirst().orElseThrow().get("acknowledgedAt").isNull()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM handover_inbox WHERE event_id IN (?, ?)")
                .params(advice.getMetadata().getEventId(), receipt.getMetadata().getEventId())
                .query(Long.class).single()).isEqualTo(2);

        assertThat(officer.submitsAFile(urn).status()).isEqualTo(204);
        assertThat(await().atMost(PATIENCE).until(() -> agencies.cpsReceived(urn, CaseFileSubmitted.class),
                l -> l.size() == 2).get(1).getSubmissionNumber()).isEqualTo(2);
        assertThat(agencies.cpsReceived(urn, HandoverAcknowledged.class)).hasSize(3);
    }

    @Test
    void aWithdrawnConsentMeansTheIsvaHearsOfNoLaterMilestone() {
        String urn = newUrn();
        Officer officer = officer();
        officer.opens(urn);
        officer.consents(urn, ISVA);
        assertThat(officer.post("/api/cases/" + urn + "/consent/withdrawal", Map.of()).status()).isEqualTo(204);

        officer.submitsAFile(urn);
        officer.post("/api/cases/" + urn + "/bail-changes", Map.of("bailExpiresAt", "2026-07-01T00:00:00Z",
                "safetyBailConditions", List.of("Not to contact the victim")));
        officer.consents(urn, "ISVA-SVC-0002");

        List<SpecificRecord> toIsva = await().atMost(PATIENCE).until(() -> agencies.isvaReceived(urn), l -> l.size() >= 3);
        assertThat(toIsva).extracting(r -> r.getClass().getSimpleName())
                .containsExactly("VictimConsentGiven", "VictimConsentWithdrawn", "VictimConsentGiven");
        assertThat(((VictimConsentWithdrawn) toIsva.get(1)).getWithdrawnScopes()).hasSize(4);
        assertThat(agencies.cpsReceived(urn, CaseFileSubmitted.class)).hasSize(1);
    }

    @Test
    void theIsvaHearsOfTheDecisionOnlyWhenTheVictimHasBeenToldAndItsReadingIsRecorded() {
        String urn = newUrn();
        Officer officer = officer();
        officer.opens(urn);
        officer.consents(urn, ISVA);
        officer.submitsAFile(urn);
        CaseFileSubmitted file = awaitOne(() -> agencies.cpsReceived(urn, CaseFileSubmitted.class));
        UUID fileId = file.getMetadata().getEventId();
        agencies.cpsSends(aCaseFileAccepted().setMetadata(cps(urn, file.getMetadata())).setCaseFileEventId(fileId).build());
        var plan = anActionPlanIssued().setMetadata(cps(urn, file.getMetadata())).build();
        agencies.cpsSends(plan);
        await().atMost(PATIENCE).until(() -> officer.views(urn).get("state").asString(), "ACTION_PLAN_OPEN"::equals);
        assertThat(officer.views(urn).get("openActionPlan").get("dueOn").asString())
                .isEqualTo(plan.getPlanDueOn().toString());

        assertThat(officer.post("/api/cases/" + urn + "/action-plans/1/answer", Map.of("responses", List.of(Map.of(
                "itemId", "AP1-1", "status", "COMPLETED", "response", "Synthetic: statement obtained")))).status())
                .isEqualTo(204);
        assertThat(officer.post("/api/cases/" + urn + "/action-plans/1/answer", Map.of("responses", List.of(Map.of(
                "itemId", "AP1-1", "status", "COMPLETED", "response", "again")))).body().get("state").asString())
                .isEqualTo("AWAITING_DECISION");
        var decision = aChargingDecisionMade().withUrn(urn).build();
        agencies.cpsSends(decision);
        await().atMost(PATIENCE).until(() -> officer.views(urn).get("state").asString(), "DECIDED"::equals);
        assertThat(agencies.isvaReceived(urn, VictimUpdateIssued.class)).extracting(VictimUpdateIssued::getMilestone)
                .containsExactly(VictimMilestone.FILE_SUBMITTED);

        assertThat(officer.post("/api/cases/" + urn + "/victim-told",
                Map.of("toldAt", "2026-03-03T10:00:00Z", "method", "IN_PERSON")).status()).isEqualTo(204);

        VictimToldOfDecision told = awaitOne(() -> agencies.cpsReceived(urn, VictimToldOfDecision.class));
        assertThat(told.getDecisionEventId()).isEqualTo(decision.getMetadata().getEventId());
        VictimUpdateIssued decided = await().atMost(PATIENCE).until(
                () -> agencies.isvaReceived(urn, VictimUpdateIssued.class), l -> l.size() == 2).get(1);
        assertThat(decided.getMilestone()).isEqualTo(VictimMilestone.DECISION_MADE);
        assertThat(decided.getOutcomeType()).isEqualTo(decision.getOutcome());

        agencies.isvaSends(aVictimUpdateAcknowledged().setMetadata(isva(urn, decided.getMetadata()))
                .setUpdateEventId(decided.getMetadata().getEventId()).setVictimId(decided.getVictimId()).build());
        await().atMost(PATIENCE).until(() -> officer.views(urn).get("sentToIsva").get(2).get("readAt").isNull(),
                isNull -> !isNull);
        assertThat(officer.views(urn).get("state").asString()).isEqualTo("VICTIM_TOLD");
    }

    @Test
    void aMalformedCpsRecordIsDeadLetteredWithItsReasonAndTheNextGoodRecordIsApplied() {
        String urn = newUrn();
        Officer officer = officer();
        officer.opens(urn);
        officer.submitsAFile(urn);
        CaseFileSubmitted file = awaitOne(() -> agencies.cpsReceived(urn, CaseFileSubmitted.class));
        try (var deadLetters = agencies.deadLetters(Topics.CPS_TO_POLICE + ".police-service.dlt")) {
            agencies.sendGarbage(Topics.CPS_TO_POLICE, urn);
            agencies.cpsSends(aCaseFileReceiptAcknowledged().setMetadata(cps(urn, file.getMetadata()))
                    .setCaseFileEventId(file.getMetadata().getEventId()).build());

            ConsumerRecord<String, Object> dead = awaitOne(() -> deadLetters.about(urn));
            assertThat((byte[]) dead.value()).containsExactly(7, 0, 0, 0, 1, 2, 3);
            assertThat(HandoverWire.header(dead, "exception-message")).isNotBlank();
            await().atMost(PATIENCE).until(() -> officer.views(urn).get("state").asString(), "FILE_RECEIVED"::equals);
        }
    }

    @Test
    void aMalformedIsvaRecordAndAnUnappliableOneAreDeadLetteredAndTheNextGoodRecordIsApplied() {
        String urn = newUrn();
        Officer officer = officer();
        officer.opens(urn);
        officer.consents(urn, ISVA);
        VictimConsentGiven consent = awaitOne(() -> agencies.isvaReceived(urn, VictimConsentGiven.class));
        try (var deadLetters = agencies.deadLetters(Topics.ISVA_TO_POLICE + ".police-service.dlt")) {
            agencies.sendGarbage(Topics.ISVA_TO_POLICE, urn);
            agencies.isvaSends(aVictimUpdateAcknowledged().setMetadata(isva(urn, consent.getMetadata()))
                    .setUpdateEventId(UUID.randomUUID()).build());
            agencies.isvaSends(HandoverAcknowledged.newBuilder().setMetadata(isva(urn, consent.getMetadata()))
                    .setAcknowledgedEventId(consent.getMetadata().getEventId())
                    .setAcknowledgedEventType(consent.getSchema().getFullName()).build());

            List<ConsumerRecord<String, Object>> dead = await().atMost(PATIENCE)
                    .until(() -> deadLetters.about(urn), l -> l.size() == 2);
            assertThat((byte[]) dead.get(0).value()).containsExactly(7, 0, 0, 0, 1, 2, 3);
            assertThat(HandoverWire.header(dead.get(1), "exception-message")).contains("sent no handover");
            await().atMost(PATIENCE).until(
                    () -> officer.views(urn).get("sentToIsva").get(0).get("acknowledgedAt").isNull(), isNull -> !isNull);
        }
    }

    @Test
    void badInputIsRefusedNamingEveryFieldAndLeavesNoRow() {
        String urn = newUrn();
        Officer officer = officer();
        Map<String, Object> bad = new java.util.HashMap<>(Officer.aCase(urn));
        bad.put("urn", "01ZD030");
        bad.put("forceCode", "99");
        bad.put("suspects", List.of(Map.of("pncId", "98/1234567A")));
        bad.put("offences", List.of(Map.of("cjsOffenceCode", "XX", "description", "")));
        bad.put("victimId", "Jane Doe");

        Officer.Response refused = officer.post("/api/cases", bad);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("violations").valueStream().map(v -> v.get("field").asString()).toList())
                .contains("urn", "forceCode", "suspects[0].pncId", "offences[0].cjsOffenceCode",
                        "offences[0].description", "victimId");
        assertThat(refused.body().toString()).doesNotContain("98/1234567A");
        Map<String, Object> unknownProperty = new java.util.HashMap<>(Officer.aCase(urn));
        unknownProperty.put("victimName", "Synthetic");
        Officer.Response unknown = officer.post("/api/cases", unknownProperty);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("violations").get(0).get("field").asString()).isEqualTo("victimName");
        assertThat(officer.post("/api/cases", "{not json").status()).isEqualTo(400);
        assertThat(officer.postAnonymously("/api/cases", Officer.aCase(urn)).status()).isEqualTo(401);
        assertThat(officer.get("/api/cases/" + urn).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM police_case WHERE urn = ?").param(urn).query(Long.class).single())
                .isZero();
    }

    @Test
    void anIllegalStepAnswersConflictNamingTheStateAndHandsNothingOver() {
        String urn = newUrn();
        Officer officer = officer();
        officer.opens(urn);
        officer.submitsAFile(urn);
        CaseFileSubmitted file = awaitOne(() -> agencies.cpsReceived(urn, CaseFileSubmitted.class));

        Officer.Response reopened = officer.opens(urn);
        Officer.Response again = officer.submitsAFile(urn);
        Officer.Response toldTooEarly = officer.post("/api/cases/" + urn + "/victim-told",
                Map.of("toldAt", "2026-03-03T10:00:00Z", "method", "TELEPHONE"));
        Officer.Response noPlan = officer.post("/api/cases/" + urn + "/action-plans/1/answer", Map.of("responses",
                List.of(Map.of("itemId", "AP1-1", "status", "COMPLETED", "response", "Synthetic"))));

        assertThat(List.of(reopened, again, toldTooEarly, noPlan)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.body().get("state").asString()).isEqualTo("FILE_SUBMITTED");
        });
        assertThat(again.body().get("attempted").asString()).isEqualTo("submit a case file");
        Map<String, Object> badFile = new java.util.HashMap<>(Officer.aFile());
        badFile.put("evidenceManifest", List.of(Map.of("documentId", "DOC-1", "title", "Synthetic",
                "documentType", "SELFIE", "sha256", "ABC", "sizeBytes", -1)));
        badFile.put("testRequested", "HUNCH");
        badFile.put("suspectInCustody", true);
        Officer.Response invalid = officer.post("/api/cases/" + urn + "/case-files", badFile);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("violations").valueStream().map(v -> v.get("field").asString()).toList())
                .containsExactlyInAnyOrder("evidenceManifest[0].documentType", "evidenceManifest[0].sha256",
                        "evidenceManifest[0].sizeBytes", "testRequested", "custodyExpiresAt");
        assertThat(officer.submitsAFile(newUrn()).status()).isEqualTo(404);

        agencies.cpsSends(aCaseFileReceiptAcknowledged().setMetadata(cps(urn, file.getMetadata()))
                .setCaseFileEventId(file.getMetadata().getEventId()).build());
        awaitOne(() -> agencies.cpsReceived(urn, HandoverAcknowledged.class));
        assertThat(agencies.cpsReceived(urn)).extracting(r -> r.getClass().getSimpleName())
                .containsExactly("CaseFileSubmitted", "HandoverAcknowledged");
        assertThat(jdbc.sql("SELECT count(*) FROM handover_log WHERE urn = ? AND direction = 'SENT'").param(urn)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void listsTheForcesCases() {
        String urn = newUrn();
        officer().opens(urn);

        JsonNode cases = officer().get("/api/cases?forceCode=01&limit=1000").body();

        assertThat(cases.valueStream().map(c -> c.get("urn").asString()).toList()).contains(urn);
        assertThat(officer().get("/api/cases?forceCode=AB").status()).isEqualTo(400);
        assertThat(officer().get("/v3/api-docs").status()).isEqualTo(200);
    }

    // ---- who may see a case: tokens from the real identity provider ----

    @Test
    void anIsvaIsRefusedTheCaseFileAndSoAreCpsAndTheAuditor() {
        String urn = newUrn();
        officer().opens(urn);

        for (String user : List.of("ISVA-0007", "CPS-0042", "DCP-0003", "AUD-0001")) {
            Officer other = as(user);
            Officer.Response read = other.get("/api/cases/" + urn);
            Officer.Response write = other.post("/api/cases/" + urn + "/case-files", Officer.aFile());
            assertThat(read.status()).as(user).isEqualTo(403);
            assertThat(read.body().get("title").asString()).isEqualTo("Access refused");
            assertThat(read.body().toString()).doesNotContain(urn);
            assertThat(write.status()).as(user).isEqualTo(403);
            assertThat(other.get("/api/cases?forceCode=01").status()).as(user).isEqualTo(403);
        }
        assertThat(officer().views(urn).get("state").asString()).isEqualTo("OPEN");
    }

    @Test
    void anotherForcesOfficerFindsTheCaseAsUnknownSeesAnEmptyListAndCannotOpenOneHere() {
        String urn = newUrn();
        String unknownUrn = newUrn();
        officer().opens(urn);
        Officer westMidlands = as("PC-0201");

        Officer.Response read = westMidlands.get("/api/cases/" + urn);
        Officer.Response unknown = westMidlands.get("/api/cases/" + unknownUrn);
        Officer.Response submit = westMidlands.post("/api/cases/" + urn + "/case-files", Officer.aFile());

        assertThat(read.status()).isEqualTo(404);
        assertThat(submit.status()).isEqualTo(404);
        assertThat(read.body().toString()).isEqualTo(unknown.body().toString().replace(unknownUrn, urn));
        assertThat(westMidlands.get("/api/cases?forceCode=01").body()).isEmpty();
        assertThat(westMidlands.opens(newUrn()).status()).isEqualTo(403);
        assertThat(officer().views(urn).get("state").asString()).isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT count(*) FROM handover_log WHERE urn = ?").param(urn).query(Long.class).single())
                .isZero();
    }

    @Test
    void aSupervisorOfTheForceActsOnItsCasesAndHealthAndApiDocsNeedNoToken() {
        String urn = newUrn();
        Officer supervisor = as("PS-0002");

        assertThat(supervisor.opens(urn).status()).isEqualTo(201);
        assertThat(officer().views(urn).get("urn").asString()).isEqualTo(urn);
        assertThat(supervisor.get("/api/cases").body().valueStream().map(c -> c.get("urn").asString()).toList())
                .contains(urn);
        assertThat(officer().getAnonymously("/api/cases/" + urn).status()).isEqualTo(401);
        assertThat(officer().getAnonymously("/actuator/health").status()).isEqualTo(200);
        assertThat(officer().getAnonymously("/v3/api-docs").status()).isEqualTo(200);
    }

    // ---- story helpers ----

    static String newUrn() {
        return "01ZD" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** CPS metadata answering a police event: same conversation, caused by it. */
    static HandoverMetadata cps(String urn, HandoverMetadata answered) {
        return metadata(Agency.CPS).setUrn(urn).setCorrelationId(answered.getCorrelationId())
                .setCausationId(answered.getEventId()).build();
    }

    static HandoverMetadata isva(String urn, HandoverMetadata answered) {
        return metadata(Agency.ISVA_SERVICE).setUrn(urn).setCorrelationId(answered.getCorrelationId())
                .setCausationId(answered.getEventId()).build();
    }

    static <T> T awaitOne(java.util.concurrent.Callable<List<T>> supplier) {
        return await().atMost(PATIENCE).until(supplier, list -> !list.isEmpty()).get(0);
    }
}
