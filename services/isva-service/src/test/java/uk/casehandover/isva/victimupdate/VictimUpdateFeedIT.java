package uk.casehandover.isva.victimupdate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.casehandover.schemas.fixtures.SampleEvents.aVictimConsentGiven;
import static uk.casehandover.schemas.fixtures.SampleEvents.aVictimConsentWithdrawn;
import static uk.casehandover.schemas.fixtures.SampleEvents.aVictimUpdateIssued;
import static uk.casehandover.schemas.fixtures.SampleEvents.metadata;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.common.v1.HandoverAcknowledged;
import uk.casehandover.common.v1.SharingScope;
import uk.casehandover.isva.IsvaServiceApplication;
import uk.casehandover.isva.v1.VictimUpdateAcknowledged;
import uk.casehandover.platform.test.HandoverWire;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;
import uk.casehandover.platform.test.UntrustedTokens;
import uk.casehandover.police.v1.VictimConsentGiven;
import uk.casehandover.police.v1.VictimUpdateIssued;
import uk.casehandover.schemas.Topics;
import uk.casehandover.schemas.fixtures.SampleEvents;

/**
 * The ISVA service against the real platform: police events produced to {@code handover.police-to-isva}, its
 * replies read from {@code handover.isva-to-police}, its REST API over HTTP. One Spring context for every story; each
 * story has a case (URN) of its own.
 */
@RealPlatformTest
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = IsvaServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "casehandover.outbox.relay.lock-retry-interval=200ms",
                "casehandover.security.clock-skew=0s",
                "logging.level.kafka=WARN", "logging.level.org.apache.kafka=WARN"})
class VictimUpdateFeedIT {

    static final String ISVA = SampleEvents.ISVA_SERVICE;
    static final String OTHER_ISVA = "ISVA-SVC-0002";
    static final String DEAD_LETTERS = Topics.POLICE_TO_ISVA + ".isva-service.dlt";

    static RealPlatform platform;
    static String database;
    static PoliceSide police;
    static String isva;
    static String otherIsva;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void platform(RealPlatform started) {
        platform = started;
        database = started.newDatabase("isva_service");
        police = new PoliceSide(started.kafkaAdminProperties(), started.schemaRegistryUrl());
        isva = started.tokenFor("ISVA-0007");
        otherIsva = started.tokenFor("ISVA-0008");
    }

    @AfterAll
    static void closeThePolice() {
        police.close();
    }

    @DynamicPropertySource
    static void platformProperties(DynamicPropertyRegistry properties) {
        platform.serviceProperties(database).forEach((name, value) -> properties.add(name, () -> value));
    }

    @Test
    void showsConsentedUpdatesInMilestoneOrderAcknowledgingEachOnReceipt() throws Exception {
        String urn = newUrn();
        VictimConsentGiven consent = consentGiven(urn, ISVA);
        VictimUpdateIssued submitted = update(urn, ISVA, "2026-03-02");
        VictimUpdateIssued decided = aVictimUpdateIssued().withUrn(urn).forDecision(
                uk.casehandover.common.v1.ChargingOutcome.CHARGE).on(LocalDate.parse("2026-03-20")).build();
        VictimUpdateIssued bail = aVictimUpdateIssued().withUrn(urn).withBailChanged("Not to contact the victim")
                .on(LocalDate.parse("2026-03-10")).build();

        police.send(consent);
        police.send(submitted);
        police.send(decided);
        police.send(bail);

        List<HandoverAcknowledged> acks = awaitAcknowledgements(urn, 4);
        assertThat(acks).extracting(HandoverAcknowledged::getAcknowledgedEventId).containsExactly(
                consent.getMetadata().getEventId(), submitted.getMetadata().getEventId(),
                decided.getMetadata().getEventId(), bail.getMetadata().getEventId());
        assertThat(acks).allSatisfy(ack -> {
            assertThat(ack.getMetadata().getProducingAgency()).isEqualTo(Agency.ISVA_SERVICE);
            assertThat(ack.getMetadata().getProducerId()).isEqualTo(ISVA);
            assertThat(ack.getMetadata().getCausationId()).isEqualTo(ack.getAcknowledgedEventId());
            assertThat(ack.getMetadata().getCorrelationId()).isEqualTo(consent.getMetadata().getCorrelationId());
        });

        JsonNode byCase = getJson("/api/isva-services/" + ISVA + "/updates?urn=" + urn + "&order=BY_CASE");
        assertThat(texts(byCase, "milestone")).containsExactly("FILE_SUBMITTED", "BAIL_CHANGED", "DECISION_MADE");
        JsonNode newest = getJson("/api/isva-services/" + ISVA + "/updates?urn=" + urn);
        assertThat(texts(newest, "milestone")).containsExactly("DECISION_MADE", "BAIL_CHANGED", "FILE_SUBMITTED");
        assertThat(newest.get(0).get("outcomeType").asString()).isEqualTo("CHARGE");
        assertThat(newest.get(1).get("safetyBailConditions").get(0).asString()).isEqualTo("Not to contact the victim");
        assertThat(newest.get(0).get("acknowledged").asBoolean()).isFalse();

        JsonNode consents = getJson("/api/isva-services/" + ISVA + "/consents?urn=" + urn);
        assertThat(consents.get(0).get("status").asString()).isEqualTo("IN_FORCE");
    }

    @Test
    void showsAndStoresOnlyTheAllowedFields() throws Exception {
        String urn = newUrn();
        police.send(consentGiven(urn, ISVA));
        police.send(aVictimUpdateIssued().withUrn(urn).withBailChanged("Not to enter the synthetic street").build());
        awaitAcknowledgements(urn, 2);

        JsonNode updates = getJson("/api/isva-services/" + ISVA + "/updates?urn=" + urn);

        assertThat(keys(updates.get(0), "")).isEqualTo(DataMinimisationTest.allowedViewKeys());
        assertThat(jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'victim_update'")
                .query(String.class).set()).containsExactlyInAnyOrder("update_id", "isva_service_id", "urn",
                "victim_id", "correlation_id", "milestone", "milestone_date", "next_step", "outcome_type",
                "safety_bail_conditions", "police_team", "police_telephone", "police_email", "received_at",
                "received_seq", "acknowledged_at", "acknowledged_by", "acknowledgement_event_id");
        assertThat(jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'victim_update_refusal'")
                .query(String.class).set()).containsExactlyInAnyOrder("update_event_id", "isva_service_id", "urn",
                "victim_id", "reason", "refused_at");
    }

    @Test
    void acknowledgingAnUpdateTellsThePoliceOnceAndASecondAcknowledgementChangesNothing() throws Exception {
        String urn = newUrn();
        VictimUpdateIssued update = update(urn, ISVA, "2026-03-02");
        police.send(consentGiven(urn, ISVA));
        police.send(update);
        awaitAcknowledgements(urn, 2);
        String path = "/api/isva-services/" + ISVA + "/updates/" + update.getMetadata().getEventId() + "/acknowledgement";

        HttpResponse<String> first = post(path, isva, null);
        HttpResponse<String> second = post(path, isva, null);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json.readTree(first.body()).get("acknowledged").asBoolean()).isTrue();
        assertThat(second.statusCode()).isEqualTo(409);
        JsonNode problem = json.readTree(second.body());
        assertThat(problem.get("detail").asString()).contains("already acknowledged");
        assertThat(problem.get("currentState").asString()).isEqualTo("ACKNOWLEDGED");
        VictimUpdateAcknowledged sent = await().atMost(Duration.ofSeconds(20)).until(
                () -> police.repliesAbout(urn, VictimUpdateAcknowledged.class), list -> !list.isEmpty()).get(0);
        assertThat(sent.getUpdateEventId()).isEqualTo(update.getMetadata().getEventId());
        assertThat(sent.getMetadata().getCausationId()).isEqualTo(update.getMetadata().getEventId());
        assertThat(sent.getMetadata().getActor().getId()).isEqualTo("ISVA-0007");
        assertThat(sent.getMetadata().getProducerId()).isEqualTo(ISVA);
        assertThat(sent.getIsvaServiceId()).isEqualTo(ISVA);
        assertThat(sent.getVictimId()).isEqualTo(SampleEvents.VICTIM_ID);
        assertThat(jdbc.sql("SELECT acknowledged_by FROM victim_update WHERE update_id = ?")
                .param(update.getMetadata().getEventId()).query(String.class).single()).isEqualTo("ISVA-0007");
        assertNothingMorePublishedFor(urn, VictimUpdateAcknowledged.class, 1);
    }

    @Test
    void badRequestsAnswer400AndChangeAndPublishNothing() throws Exception {
        String urn = newUrn();
        VictimUpdateIssued update = update(urn, ISVA, "2026-03-02");
        police.send(consentGiven(urn, ISVA));
        police.send(update);
        awaitAcknowledgements(urn, 2);
        String updates = "/api/isva-services/" + ISVA + "/updates";
        String ack = updates + "/" + update.getMetadata().getEventId() + "/acknowledgement";

        List<HttpResponse<String>> refused = List.of(
                get(updates + "?order=SIDEWAYS"),
                get(updates + "?urn=NOT-A-URN"),
                get(updates + "/not-a-uuid"),
                get("/api/isva-services/bad%20id!/updates"),
                post(ack, isva, "{\"actorId\":\"ISVA-0001\"}"),
                post(ack, isva, "{\"actorId\":\"ISVA-0007\",\"victimName\":\"x\"}"),
                post(ack, isva, "{not json"));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json.readTree(response.body()).path("violations").path(0).has("field"))
                    .as(response.uri() + " " + response.body()).isTrue();
        });
        assertThat(jdbc.sql("SELECT acknowledged_at IS NULL FROM victim_update WHERE update_id = ?")
                .param(update.getMetadata().getEventId()).query(Boolean.class).single()).isTrue();
        assertNothingMorePublishedFor(urn, VictimUpdateAcknowledged.class, 0);
    }

    @Test
    void anUpdateAfterConsentIsWithdrawnIsNotKeptAndTheEarlierOnesArePurged() throws Exception {
        String urn = newUrn();
        police.send(consentGiven(urn, ISVA));
        police.send(update(urn, ISVA, "2026-03-02"));
        awaitAcknowledgements(urn, 2);
        assertThat(getJson("/api/isva-services/" + ISVA + "/updates?urn=" + urn)).hasSize(1);

        police.send(aVictimConsentWithdrawn().setMetadata(policeMetadata(urn)).build());
        VictimUpdateIssued late = update(urn, ISVA, "2026-03-20");
        police.send(late);

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT reason FROM victim_update_refusal WHERE update_event_id = ?")
                .param(late.getMetadata().getEventId()).query(String.class).optional().isPresent());
        assertThat(jdbc.sql("SELECT reason FROM victim_update_refusal WHERE update_event_id = ?")
                .param(late.getMetadata().getEventId()).query(String.class).single()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(getJson("/api/isva-services/" + ISVA + "/updates?urn=" + urn)).isEmpty();
        assertThat(getJson("/api/isva-services/" + ISVA + "/consents?urn=" + urn).get(0).get("status").asString())
                .isEqualTo("WITHDRAWN");
        assertThat(get("/api/isva-services/" + ISVA + "/updates/" + late.getMetadata().getEventId()).statusCode())
                .isEqualTo(404);
        assertThat(awaitAcknowledgements(urn, 3)).extracting(HandoverAcknowledged::getAcknowledgedEventId)
                .doesNotContain(late.getMetadata().getEventId());
    }

    @Test
    void anotherIsvaServicesUpdateIsNotFoundHere() throws Exception {
        String urn = newUrn();
        VictimUpdateIssued theirs = update(urn, OTHER_ISVA, "2026-03-02");
        police.send(consentGiven(urn, OTHER_ISVA));
        police.send(theirs);
        assertThat(awaitAcknowledgements(urn, 2)).allSatisfy(
                ack -> assertThat(ack.getMetadata().getProducerId()).isEqualTo(OTHER_ISVA));
        String theirId = theirs.getMetadata().getEventId().toString();

        assertThat(json.readTree(get("/api/isva-services/" + OTHER_ISVA + "/updates?urn=" + urn, otherIsva).body()))
                .hasSize(1);
        assertThat(getJson("/api/isva-services/" + ISVA + "/updates?urn=" + urn)).isEmpty();
        assertThat(getJson("/api/isva-services/" + ISVA + "/consents?urn=" + urn)).isEmpty();
        HttpResponse<String> read = get("/api/isva-services/" + ISVA + "/updates/" + theirId);
        HttpResponse<String> acknowledge = post("/api/isva-services/" + ISVA + "/updates/" + theirId
                + "/acknowledgement", isva, null);
        HttpResponse<String> unknown = get("/api/isva-services/" + ISVA + "/updates/" + UUID.randomUUID());

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(acknowledge.statusCode()).isEqualTo(404);
        assertThat(read.body()).isEqualTo(unknown.body().replace(unknown.uri().getPath(), read.uri().getPath()));
        assertThat(read.body()).doesNotContain(OTHER_ISVA);
        assertNothingMorePublishedFor(urn, VictimUpdateAcknowledged.class, 0);
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedAndAcknowledgedOnce() throws Exception {
        String urn = newUrn();
        VictimUpdateIssued update = update(urn, ISVA, "2026-03-02");
        police.send(consentGiven(urn, ISVA));
        police.send(update);
        police.send(update);
        VictimUpdateIssued marker = update(urn, ISVA, "2026-03-03");
        police.send(marker);

        List<HandoverAcknowledged> acks = awaitAcknowledgements(urn, 3);

        assertThat(acks).extracting(HandoverAcknowledged::getAcknowledgedEventId)
                .containsExactly(acks.get(0).getAcknowledgedEventId(), update.getMetadata().getEventId(),
                        marker.getMetadata().getEventId());
        assertThat(getJson("/api/isva-services/" + ISVA + "/updates?urn=" + urn)).hasSize(2);
    }

    @Test
    void describesItsApiAsOpenApi() throws Exception {
        JsonNode paths = getJson("/v3/api-docs").get("paths");

        assertThat(paths.has("/api/isva-services/{isvaServiceId}/updates")).isTrue();
        assertThat(paths.has("/api/isva-services/{isvaServiceId}/updates/{updateId}/acknowledgement")).isTrue();
        assertThat(paths.has("/api/isva-services/{isvaServiceId}/consents")).isTrue();
        assertThat(paths.get("/api/isva-services/{isvaServiceId}/updates/{updateId}/acknowledgement").get("post")
                .get("parameters").toString()).doesNotContain("X-Actor-Id").doesNotContain("RequestingIsvaService");
    }

    @Test
    void malformedAndNonConformingRecordsAreDeadLetteredWithTheirReasonAndTheNextGoodRecordIsApplied(
            CapturedOutput output) {
        String urn = newUrn();
        try (HandoverWire.Reader dlt = police.deadLetterReader(DEAD_LETTERS)) {
            police.sendGarbage(urn);
            VictimUpdateIssued fromCps = VictimUpdateIssued.newBuilder(update(urn, ISVA, "2026-03-02"))
                    .setMetadata(metadata(Agency.CPS).setUrn(urn).build()).build();
            police.send(fromCps);
            VictimConsentGiven next = consentGiven(urn, ISVA);
            police.send(next);

            List<ConsumerRecord<String, Object>> dead = await().atMost(Duration.ofSeconds(60)).until(
                    () -> dlt.about(urn), list -> list.size() >= 2);

            assertThat((byte[]) dead.get(0).value()).containsExactly(7, 0, 0, 0, 1, 2, 3);
            assertThat(HandoverWire.header(dead.get(0), "dlt-exception-message")).as(dead.get(0).headers().toString())
                    .contains("magic byte");
            assertThat(HandoverWire.header(dead.get(1), "dlt-exception-message"))
                    .contains("does not conform").contains("metadata.producingAgency");
            assertThat(awaitAcknowledgements(urn, 1)).extracting(HandoverAcknowledged::getAcknowledgedEventId)
                    .containsExactly(next.getMetadata().getEventId());
            assertThat(jdbc.sql("SELECT count(*) FROM victim_update WHERE urn = ?").param(urn)
                    .query(Integer.class).single()).isZero();
            assertThat(output.getAll()).as("nothing of the refused update's content in the logs")
                    .contains(fromCps.getMetadata().getEventId().toString())
                    .doesNotContain(fromCps.getNextStep()).doesNotContain(fromCps.getPoliceContact().getTeam())
                    .doesNotContain(fromCps.getPoliceContact().getTelephone());
        }
    }

    // --- who may ask: tokens from the real identity provider, validated through its JWK set ---

    @Test
    void withoutATokenTheApiAnswers401AsAProblemAndTheApiDocsStayOpen(CapturedOutput output) throws Exception {
        HttpResponse<String> anonymous = get("/api/isva-services/" + ISVA + "/updates?urn=01ZD0304208", null);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(anonymous.body()).get("status").asInt()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("01ZD0304208");
        assertThat(output.getAll()).contains("Access refused: status=401 subject=none method=GET"
                + " path=/api/isva-services/{isvaServiceId}/updates reason=no bearer token");
        assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenSignedByAnotherKeyOrFromAnotherIssuerIsRefused401() throws Exception {
        String updates = "/api/isva-services/" + ISVA + "/updates";
        Map<String, Object> claims = Map.of("roles", List.of("ISVA"), "isva_service_id", ISVA);
        String forged = UntrustedTokens.signedByAnotherKey(platform.identityProviderIssuer(), "ISVA-0007", claims);
        String elsewhere = UntrustedTokens.signedByAnotherKey("https://idp.example.invalid", "ISVA-0007", claims);

        assertThat(get(updates, forged).statusCode()).isEqualTo(401);
        assertThat(get(updates, elsewhere).statusCode()).isEqualTo(401);
        assertThat(get(updates, "not.a.jwt").statusCode()).isEqualTo(401);
        assertThat(get(updates, isva).statusCode()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefused401() throws Exception {
        String updates = "/api/isva-services/" + ISVA + "/updates";
        String shortLived = platform.tokenFor("PC-0005");

        assertThat(get(updates, shortLived).statusCode()).as("valid, but a police role").isEqualTo(403);
        await().atMost(Duration.ofSeconds(20)).until(() -> get(updates, shortLived).statusCode() == 401);
    }

    @Test
    void anotherIsvaServiceIsRefusedTheFirstOnesUpdatesAndTheRefusalIsLoggedWithoutTheCase(CapturedOutput output)
            throws Exception {
        String urn = newUrn();
        VictimUpdateIssued update = update(urn, ISVA, "2026-03-02");
        police.send(consentGiven(urn, ISVA));
        police.send(update);
        awaitAcknowledgements(urn, 2);
        String base = "/api/isva-services/" + ISVA;
        String updateId = update.getMetadata().getEventId().toString();

        List<HttpResponse<String>> refused = List.of(
                get(base + "/updates?urn=" + urn, otherIsva),
                get(base + "/updates/" + updateId, otherIsva),
                get(base + "/consents?urn=" + urn, otherIsva),
                post(base + "/updates/" + updateId + "/acknowledgement", otherIsva, null));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.uri().getPath()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).doesNotContain(urn).doesNotContain(updateId);
        });
        assertThat(jdbc.sql("SELECT acknowledged_at IS NULL FROM victim_update WHERE update_id = ?")
                .param(update.getMetadata().getEventId()).query(Boolean.class).single()).isTrue();
        List<String> refusals = output.getAll().lines().filter(line -> line.contains("Access refused")
                && line.contains("subject=ISVA-0008")).toList();
        assertThat(refusals).hasSizeGreaterThanOrEqualTo(4);
        assertThat(refusals).anySatisfy(line -> assertThat(line).contains("status=403 subject=ISVA-0008 roles=ISVA"
                + " agency=isvaService=ISVA-SVC-0002 method=POST"
                + " path=/api/isva-services/{isvaServiceId}/updates/{updateId}/acknowledgement"));
        assertThat(refusals).allSatisfy(line -> assertThat(line).doesNotContain(urn).doesNotContain(updateId));
        assertNothingMorePublishedFor(urn, VictimUpdateAcknowledged.class, 0);
    }

    @Test
    void policeCpsAndAuditorTokensAreRefusedTheIsvaApi() throws Exception {
        for (String user : List.of("PC-0001", "PS-0002", "CPS-0042", "DCP-0003", "AUD-0001")) {
            HttpResponse<String> response = get("/api/isva-services/" + ISVA + "/updates", platform.tokenFor(user));
            assertThat(response.statusCode()).as(user).isEqualTo(403);
        }
    }

    // --- the story's vocabulary ---

    private static String newUrn() {
        return "01ZD" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private static uk.casehandover.common.v1.HandoverMetadata policeMetadata(String urn) {
        return metadata(Agency.POLICE).setUrn(urn).build();
    }

    private static VictimConsentGiven consentGiven(String urn, String isvaServiceId) {
        return aVictimConsentGiven().setMetadata(policeMetadata(urn)).setIsvaServiceId(isvaServiceId)
                .setScopes(List.of(SharingScope.MILESTONES, SharingScope.NEXT_STEPS, SharingScope.DECISION_OUTCOMES,
                        SharingScope.SAFETY_BAIL_CONDITIONS))
                .build();
    }

    private static VictimUpdateIssued update(String urn, String isvaServiceId, String date) {
        VictimUpdateIssued update = aVictimUpdateIssued().withUrn(urn).on(LocalDate.parse(date)).build();
        return VictimUpdateIssued.newBuilder(update).setIsvaServiceId(isvaServiceId).build();
    }

    private static List<HandoverAcknowledged> awaitAcknowledgements(String urn, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> police.repliesAbout(urn, HandoverAcknowledged.class), list -> list.size() >= count);
    }

    /** Proves a count stays put: waits until a later event the relay publishes is seen, then counts again. */
    private void assertNothingMorePublishedFor(String urn, Class<? extends org.apache.avro.specific.SpecificRecord> type,
            int expected) {
        String markerUrn = newUrn();
        police.send(consentGiven(markerUrn, ISVA));
        awaitAcknowledgements(markerUrn, 1);
        assertThat(police.repliesAbout(urn, type)).hasSize(expected);
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** A GET as ISVA-0007 of ISVA-SVC-0001. */
    private HttpResponse<String> get(String path) throws Exception {
        return get(path, isva);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.POST(HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asString()));
        return values;
    }

    private static Set<String> keys(JsonNode node, String prefix) {
        Set<String> keys = new TreeSet<>();
        Iterator<String> names = node.propertyNames().iterator();
        while (names.hasNext()) {
            String name = names.next();
            keys.add(prefix + name);
            if (node.get(name).isObject()) {
                keys.addAll(keys(node.get(name), prefix + name + "."));
            }
        }
        return keys;
    }
}
