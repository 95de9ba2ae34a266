package uk.casehandover.cps.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.casehandover.schemas.fixtures.SampleEvents.aCaseFileSubmitted;
import static uk.casehandover.schemas.fixtures.SampleEvents.aHandoverAcknowledged;
import static uk.casehandover.schemas.fixtures.SampleEvents.anActionPlanAnswered;
import static uk.casehandover.schemas.fixtures.SampleEvents.anEarlyAdviceRequested;
import static uk.casehandover.schemas.fixtures.SampleEvents.metadata;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.common.v1.HandoverAcknowledged;
import uk.casehandover.cps.CpsServiceApplication;
import uk.casehandover.cps.v1.ActionPlanIssued;
import uk.casehandover.cps.v1.CaseAdministrativelyFinalised;
import uk.casehandover.cps.v1.CaseReopened;
import uk.casehandover.cps.v1.EarlyAdviceGiven;
import uk.casehandover.cps.v1.CaseFileAccepted;
import uk.casehandover.cps.v1.CaseFileReceiptAcknowledged;
import uk.casehandover.cps.v1.CaseFileRejected;
import uk.casehandover.cps.v1.ChargingDecisionMade;
import uk.casehandover.cps.v1.RejectionReason;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;
import uk.casehandover.police.v1.ActionItemResponse;
import uk.casehandover.police.v1.ActionItemStatus;
import uk.casehandover.police.v1.ActionPlanAnswered;
import uk.casehandover.police.v1.CaseFileSubmitted;
import uk.casehandover.police.v1.EarlyAdviceRequested;

/**
 * The CPS service on the real platform: police events produced to handover.police-to-cps, CPS events read from
 * handover.cps-to-police (each test by its own URN), lawyers at the REST API, its own database. One context for all.
 */
@RealPlatformTest
@SpringBootTest(classes = {CpsServiceApplication.class, CpsServiceIT.Clocks.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CpsServiceIT {

    static final String DEAD_LETTERS = "handover.police-to-cps.cps-service.dlt";
    static RealPlatform platform;
    static String database;
    static PoliceSide police;
    static String lawyerToken;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    /** The service's clock, which a test may move (and must move back). */
    static final class MovableClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void advance(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    Environment environment;

    @BeforeAll
    static void platform(RealPlatform started) {
        platform = started;
        database = started.newDatabase("cps_service");
        police = new PoliceSide(started, DEAD_LETTERS);
        lawyerToken = started.tokenFor(Lawyer.STAFF_ID);
    }

    @AfterAll
    static void closePolice() {
        police.close();
    }

    @DynamicPropertySource
    static void platformProperties(DynamicPropertyRegistry properties) {
        platform.serviceProperties(database).forEach((name, value) -> properties.add(name, () -> value));
        properties.add("logging.level.kafka", () -> "WARN");
        properties.add("logging.level.org.apache.kafka", () -> "WARN");
    }

    /** CPS-0042, a lawyer of CPS London North, this deployment's Area. */
    Lawyer lawyer() {
        return new Lawyer(Integer.parseInt(environment.getProperty("local.server.port")), lawyerToken);
    }

    /** Anyone else, by demo user id (platform/identity-provider's DemoUsers). */
    Lawyer as(String demoUser) {
        return new Lawyer(Integer.parseInt(environment.getProperty("local.server.port")), platform.tokenFor(demoUser));
    }

    @Test
    void aFileIsAppliedOnceAcknowledgedRejectedResubmittedAcceptedPlannedTwiceAnsweredAndCharged() {
        String urn = PoliceSide.aNewUrn();
        Lawyer lawyer = lawyer();

        CaseFileSubmitted incomplete = aCaseFileSubmitted().withUrn(urn).withoutMg3().build();
        police.send(incomplete);
        police.send(incomplete);
        CaseFileReceiptAcknowledged receipt = police.awaitFromCps(urn, CaseFileReceiptAcknowledged.class, r -> true);
        assertThat(receipt.getCaseFileEventId()).isEqualTo(incomplete.getMetadata().getEventId());
        assertThat(receipt.getMetadata().getCausationId()).isEqualTo(incomplete.getMetadata().getEventId());
        assertThat(receipt.getMetadata().getCorrelationId()).isEqualTo(incomplete.getMetadata().getCorrelationId());
        assertThat(receipt.getDocumentsReceived()).isEqualTo(2);
        assertThat(receipt.getManifestHashesVerified()).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxUrns(lawyer).contains(urn));

        assertThat(lawyer.get("/api/cases/" + urn + "/file-standard").body().get("failures").toString())
                .contains("NO_MG3");
        Lawyer.Answer refusedAccept = lawyer.post("/api/cases/" + urn + "/accept", "");
        assertThat(refusedAccept.status()).isEqualTo(409);
        assertThat(refusedAccept.body().get("detail").asText()).contains("NO_MG3");
        assertThat(lawyer.post("/api/cases/" + urn + "/reject",
                "{\"reasons\":[\"KEY_EVIDENCE_MISSING\"],\"note\":\"Synthetic: add the MG3 and the phone download\"}")
                .status()).isEqualTo(200);
        CaseFileRejected rejected = police.awaitFromCps(urn, CaseFileRejected.class, r -> true);
        assertThat(rejected.getReasons()).containsExactly(RejectionReason.NO_MG3, RejectionReason.KEY_EVIDENCE_MISSING);

        CaseFileSubmitted resubmission = police.send(aCaseFileSubmitted().withUrn(urn).asResubmission(2).build());
        police.awaitFromCps(urn, CaseFileReceiptAcknowledged.class,
                r -> r.getCaseFileEventId().equals(resubmission.getMetadata().getEventId()));
        assertThat(lawyer.post("/api/cases/" + urn + "/accept", "").status()).isEqualTo(200);
        CaseFileAccepted accepted = police.awaitFromCps(urn, CaseFileAccepted.class, r -> true);
        assertThat(accepted.getCaseFileEventId()).isEqualTo(resubmission.getMetadata().getEventId());

        ActionPlanIssued first = issuePlan(lawyer, urn, 1);
        assertThat(first.getRequiresDcpReview()).isFalse();
        answer(urn, first);
        ActionPlanIssued second = issuePlan(lawyer, urn, 2);
        assertThat(second.getRequiresDcpReview()).as("a second plan in a rape case (SX03001)").isTrue();
        ActionPlanAnswered secondAnswer = answer(urn, second);

        assertThat(lawyer.post("/api/cases/" + urn + "/decision", """
                {"outcome":"CHARGE","charges":[{"cjsOffenceCode":"SX03001","suspectPncId":"98/1234567L"}],
                 "testApplied":"FULL_CODE_TEST","rationale":"Synthetic: the Full Code Test is met."}
                """).status()).isEqualTo(200);
        ChargingDecisionMade decision = police.awaitFromCps(urn, ChargingDecisionMade.class, r -> true);
        assertThat(decision.getCharges()).singleElement()
                .satisfies(charge -> assertThat(charge.getCjsOffenceCode()).isEqualTo("SX03001"));
        assertThat(decision.getMetadata().getCausationId()).isEqualTo(secondAnswer.getMetadata().getEventId());
        assertThat(decision.getMetadata().getActor().getId()).isEqualTo(Lawyer.STAFF_ID);

        police.send(aHandoverAcknowledged().setMetadata(metadata(Agency.POLICE).setUrn(urn)
                        .setCausationId(decision.getMetadata().getEventId()).build())
                .setAcknowledgedEventId(decision.getMetadata().getEventId())
                .setAcknowledgedEventType(ChargingDecisionMade.getClassSchema().getFullName()).build());
        JsonNode detail = await().atMost(Duration.ofSeconds(30)).until(
                () -> lawyer.get("/api/cases/" + urn).body(),
                body -> StreamSupport.stream(body.get("handovers").spliterator(), false).anyMatch(h ->
                        h.get("eventId").asText().equals(decision.getMetadata().getEventId().toString())
                                && !h.get("acknowledgedByEventId").isNull()));
        assertThat(detail.get("state").asText()).isEqualTo("DECIDED");
        List<String> unacknowledged = StreamSupport.stream(
                lawyer.get("/api/handovers/unacknowledged?minutes=0").body().spliterator(), false)
                .filter(entry -> entry.get("urn").asText().equals(urn))
                .map(entry -> entry.get("eventType").asText()).toList();
        assertThat(unacknowledged).as("the police acknowledged only the decision; acknowledgements are never listed")
                .containsExactly("uk.casehandover.cps.v1.CaseFileRejected", "uk.casehandover.cps.v1.CaseFileAccepted",
                        "uk.casehandover.cps.v1.ActionPlanIssued", "uk.casehandover.cps.v1.ActionPlanIssued");
        assertThat(applied(incomplete.getMetadata().getEventId())).as("applied once although delivered twice")
                .isEqualTo(1);
        assertThat(police.sentByCps(urn)).filteredOn(CaseFileReceiptAcknowledged.class::isInstance).hasSize(2);
        assertThat(police.sentByCps(urn)).filteredOn(HandoverAcknowledged.class::isInstance).hasSize(2);
    }

    @Test
    void aMalformedRecordAndARefusedEventAreDeadLetteredWithTheirReasonsAndTheNextRecordIsStillApplied() {
        String urn = PoliceSide.aNewUrn();

        police.sendRaw(urn, new byte[] {7, 0, 0, 0, 1, 2, 3});
        police.send(anActionPlanAnswered().setMetadata(metadata(Agency.POLICE).setUrn(urn).build()).build());
        CaseFileSubmitted good = police.send(aCaseFileSubmitted().withUrn(urn).build());

        police.awaitFromCps(urn, CaseFileReceiptAcknowledged.class,
                r -> r.getCaseFileEventId().equals(good.getMetadata().getEventId()));
        List<ConsumerRecord<String, byte[]>> dead = police.awaitDeadLetters(urn, 2);
        assertThat(reason(dead.get(0))).as("undecodable: the serde's own reason, not the deserializer wrapper's")
                .contains("kafka_dlt-exception-fqcn=uk.casehandover.platform.serde.WireFormatException")
                .contains("kafka_dlt-exception-message=Unknown magic byte 0x07");
        assertThat(dead.get(0).value()).as("the bytes as they arrived").containsExactly(7, 0, 0, 0, 1, 2, 3);
        assertThat(reason(dead.get(1))).contains("is NONE").contains("receive an action plan answer");
        assertThat(police.sentByCps(urn)).as("nothing refused is acknowledged").hasSize(1);
    }

    @Test
    void invalidInputIsRefusedNamingEveryBadFieldAndChangesNothing() {
        Lawyer lawyer = lawyer();
        String urn = PoliceSide.aNewUrn();
        CaseFileSubmitted file = police.send(aCaseFileSubmitted().withUrn(urn).build());
        police.awaitFromCps(urn, CaseFileReceiptAcknowledged.class, r -> true);
        int handovers = handoverRows(urn);

        Lawyer.Answer anonymous = lawyer.postAnonymously("/api/cases/" + urn + "/accept", "");
        Lawyer.Answer everyField = lawyer.post("/api/cases/" + urn + "/decision", """
                {"outcome":"MAYBE","charges":[{"cjsOffenceCode":"SX3001","suspectPncId":"98/1234567M"}],
                 "testApplied":"GUT_FEELING"}
                """);
        Lawyer.Answer unknownProperty = lawyer.post("/api/cases/" + urn + "/reject",
                "{\"reasons\":[\"OTHER\"],\"note\":\"Synthetic\",\"severity\":\"HIGH\"}");
        Lawyer.Answer badUrn = lawyer.post("/api/cases/01ZT12/accept", "");
        Lawyer.Answer unknownCase = lawyer.get("/api/cases/" + PoliceSide.aNewUrn());

        assertThat(everyField.status()).isEqualTo(400);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(fields(everyField)).contains("outcome", "testApplied", "rationale",
                "charges[0].cjsOffenceCode", "charges[0].suspectPncId");
        assertThat(unknownProperty.status()).isEqualTo(400);
        assertThat(fields(unknownProperty)).containsExactly("severity");
        assertThat(badUrn.status()).isEqualTo(400);
        assertThat(fields(badUrn)).containsExactly("urn");
        assertThat(unknownCase.status()).isEqualTo(404);
        assertThat(state(urn)).isEqualTo("FILE_RECEIVED");
        assertThat(handoverRows(urn)).isEqualTo(handovers);
        assertNothingSentAfterTheReceiptUntilTheNextLegalStep(lawyer, urn, file);
    }

    @Test
    void anIllegalStepIsRefusedNamingTheStateAndChangesNothing() {
        Lawyer lawyer = lawyer();
        String urn = PoliceSide.aNewUrn();
        CaseFileSubmitted file = police.send(aCaseFileSubmitted().withUrn(urn).build());
        police.awaitFromCps(urn, CaseFileReceiptAcknowledged.class, r -> true);
        int handovers = handoverRows(urn);

        Lawyer.Answer decision = lawyer.post("/api/cases/" + urn + "/decision", """
                {"outcome":"NFA_EVIDENTIAL","testApplied":"FULL_CODE_TEST","rationale":"Synthetic"}
                """);
        Lawyer.Answer finalise = lawyer.post("/api/cases/" + urn + "/finalisation", "{}");

        assertThat(decision.status()).isEqualTo(409);
        assertThat(decision.body().get("state").asText()).isEqualTo("FILE_RECEIVED");
        assertThat(decision.body().get("attempted").asText()).isEqualTo("DECIDE");
        assertThat(decision.body().get("detail").asText()).contains("FILE_RECEIVED").contains("charging decision");
        assertThat(finalise.status()).isEqualTo(409);
        assertThat(state(urn)).isEqualTo("FILE_RECEIVED");
        assertThat(handoverRows(urn)).isEqualTo(handovers);
        assertNothingSentAfterTheReceiptUntilTheNextLegalStep(lawyer, urn, file);
    }

    @Test
    void theInboxPutsASuspectInCustodyFirst() {
        Lawyer lawyer = lawyer();
        String onBail = PoliceSide.aNewUrn();
        String inCustody = PoliceSide.aNewUrn();
        police.send(aCaseFileSubmitted().withUrn(onBail).build());
        police.send(aCaseFileSubmitted().withUrn(inCustody).withSuspectInCustody().build());

        List<String> inbox = await().atMost(Duration.ofSeconds(30)).until(() -> inboxUrns(lawyer),
                urns -> urns.contains(onBail) && urns.contains(inCustody));

        assertThat(inbox.indexOf(inCustody)).isLessThan(inbox.indexOf(onBail));
    }

    @Test
    void earlyAdviceIsAnsweredAndAnOverduePlanIsFinalisedAndReopened() {
        Lawyer lawyer = lawyer();
        String urn = PoliceSide.aNewUrn();
        EarlyAdviceRequested request = police.send(anEarlyAdviceRequested()
                .setMetadata(metadata(Agency.POLICE).setUrn(urn).build()).build());
        police.awaitFromCps(urn, HandoverAcknowledged.class,
                ack -> ack.getAcknowledgedEventId().equals(request.getMetadata().getEventId()));

        assertThat(lawyer.post("/api/cases/" + urn + "/early-advice",
                "{\"advice\":\"Synthetic advice\",\"recommendedLinesOfEnquiry\":[\"Synthetic enquiry\"]}")
                .status()).isEqualTo(200);
        EarlyAdviceGiven advice = police.awaitFromCps(urn, EarlyAdviceGiven.class, r -> true);
        assertThat(advice.getRequestEventId()).isEqualTo(request.getMetadata().getEventId());
        assertThat(advice.getMetadata().getCorrelationId()).isEqualTo(request.getMetadata().getCorrelationId());

        police.send(aCaseFileSubmitted().withUrn(urn).build());
        police.awaitFromCps(urn, CaseFileReceiptAcknowledged.class, r -> true);
        assertThat(lawyer.post("/api/cases/" + urn + "/allocation", "{\"lawyerId\":\"CPS-LAWYER-0007\"}").status())
                .isEqualTo(200);
        assertThat(lawyer.post("/api/cases/" + urn + "/accept", "").status()).isEqualTo(200);
        ActionPlanIssued plan = issuePlan(lawyer, urn, 1);

        Lawyer.Answer early = lawyer.post("/api/cases/" + urn + "/finalisation", "{}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().get("detail").asText()).contains("due on " + plan.getPlanDueOn());
        clock.advance(Duration.ofDays(15));
        try {
            assertThat(lawyer.post("/api/cases/" + urn + "/finalisation", "{\"note\":\"Synthetic\"}").status())
                    .isEqualTo(200);
            CaseAdministrativelyFinalised finalised = police.awaitFromCps(urn, CaseAdministrativelyFinalised.class,
                    r -> true);
            assertThat(finalised.getPlanSequenceNumber()).isEqualTo(1);
            assertThat(lawyer.post("/api/cases/" + urn + "/reopening", "{\"reason\":\"Synthetic\"}").status())
                    .isEqualTo(200);
            CaseReopened reopened = police.awaitFromCps(urn, CaseReopened.class, r -> true);
            assertThat(reopened.getFinalisationEventId()).isEqualTo(finalised.getMetadata().getEventId());
        } finally {
            clock.advance(Duration.ofDays(-15));
        }
        JsonNode detail = lawyer.get("/api/cases/" + urn).body();
        assertThat(detail.get("state").asText()).isEqualTo("ACTION_PLAN_ISSUED");
        assertThat(detail.get("allocatedLawyer").asText()).isEqualTo("CPS-LAWYER-0007");
    }

    @Test
    void publishesItsOpenApiDescription() {
        Lawyer.Answer docs = lawyer().get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/cases/{urn}/decision")).isTrue();
    }

    // ---- who may see a case: tokens from the real identity provider ----

    @Test
    void anotherAreasLawyerFindsTheCaseUnknownAndTheInboxEmptyAndChangesNothing() {
        String urn = PoliceSide.aNewUrn();
        police.send(aCaseFileSubmitted().withUrn(urn).build());
        police.awaitFromCps(urn, CaseFileReceiptAcknowledged.class, r -> true);
        String unknownUrn = PoliceSide.aNewUrn();
        Lawyer wessex = as("CPS-0777");

        Lawyer.Answer read = wessex.get("/api/cases/" + urn);
        Lawyer.Answer unknown = wessex.get("/api/cases/" + unknownUrn);
        Lawyer.Answer accept = wessex.post("/api/cases/" + urn + "/accept", "");

        assertThat(read.status()).isEqualTo(404);
        assertThat(accept.status()).isEqualTo(404);
        assertThat(read.body().toString()).isEqualTo(unknown.body().toString().replace(unknownUrn, urn));
        assertThat(wessex.get("/api/inbox").body()).isEmpty();
        assertThat(wessex.get("/api/handovers/unacknowledged?minutes=0").body()).isEmpty();
        assertThat(state(urn)).isEqualTo("FILE_RECEIVED");
        assertThat(inboxUrns(as("DCP-0003"))).contains(urn);
    }

    @Test
    void policeIsvaAndAuditorTokensAreRefusedTheCpsApi() {
        String urn = PoliceSide.aNewUrn();
        police.send(aCaseFileSubmitted().withUrn(urn).build());
        police.awaitFromCps(urn, CaseFileReceiptAcknowledged.class, r -> true);

        for (String user : List.of("PC-0001", "PS-0002", "ISVA-0007", "AUD-0001")) {
            Lawyer other = as(user);
            assertThat(other.get("/api/cases/" + urn).status()).as(user).isEqualTo(403);
            assertThat(other.get("/api/inbox").status()).as(user).isEqualTo(403);
            assertThat(other.post("/api/cases/" + urn + "/accept", "").status()).as(user).isEqualTo(403);
        }
        assertThat(lawyer().getAnonymously("/api/cases/" + urn).status()).isEqualTo(401);
        assertThat(lawyer().getAnonymously("/v3/api-docs").status()).isEqualTo(200);
        assertThat(state(urn)).isEqualTo("FILE_RECEIVED");
    }

    private ActionPlanIssued issuePlan(Lawyer lawyer, String urn, int expectedSequence) {
        LocalDate due = LocalDate.now().plusDays(14);
        assertThat(lawyer.post("/api/cases/" + urn + "/action-plans", """
                {"dueOn":"%s","items":[{"description":"Synthetic: obtain the phone download",
                 "owner":"DIGITAL_FORENSICS_UNIT","dueOn":"%s"}]}
                """.formatted(due, due)).status()).isEqualTo(200);
        return police.awaitFromCps(urn, ActionPlanIssued.class, p -> p.getSequenceNumber() == expectedSequence);
    }

    private ActionPlanAnswered answer(String urn, ActionPlanIssued plan) {
        ActionPlanAnswered answer = police.send(anActionPlanAnswered()
                .setMetadata(metadata(Agency.POLICE).setUrn(urn).setCausationId(plan.getMetadata().getEventId())
                        .setCorrelationId(plan.getMetadata().getCorrelationId()).build())
                .setPlanSequenceNumber(plan.getSequenceNumber())
                .setResponses(List.of(new ActionItemResponse(plan.getItems().get(0).getItemId(),
                        ActionItemStatus.COMPLETED, "Synthetic: done", List.of())))
                .build());
        police.awaitFromCps(urn, HandoverAcknowledged.class,
                ack -> ack.getAcknowledgedEventId().equals(answer.getMetadata().getEventId()));
        return answer;
    }

    /** Events of one case stay in order on the topic: had a refused command sent anything, it would come first. */
    private void assertNothingSentAfterTheReceiptUntilTheNextLegalStep(Lawyer lawyer, String urn, CaseFileSubmitted file) {
        assertThat(lawyer.post("/api/cases/" + urn + "/accept", "").status()).isEqualTo(200);
        police.awaitFromCps(urn, CaseFileAccepted.class, r -> true);
        List<SpecificRecord> sent = police.sentByCps(urn);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0)).isInstanceOf(CaseFileReceiptAcknowledged.class);
        assertThat(sent.get(1)).isInstanceOf(CaseFileAccepted.class);
        assertThat(((CaseFileAccepted) sent.get(1)).getCaseFileEventId()).isEqualTo(file.getMetadata().getEventId());
    }

    private List<String> inboxUrns(Lawyer lawyer) {
        return StreamSupport.stream(lawyer.get("/api/inbox").body().spliterator(), false)
                .map(entry -> entry.get("urn").asText()).toList();
    }

    private static List<String> fields(Lawyer.Answer answer) {
        return StreamSupport.stream(answer.body().get("violations").spliterator(), false)
                .map(v -> v.get("field").asText()).toList();
    }

    private int applied(UUID eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM handover_inbox WHERE event_id = ?", Integer.class, eventId);
    }

    private int handoverRows(String urn) {
        return jdbc.queryForObject("SELECT count(*) FROM cps_handover WHERE urn = ?", Integer.class, urn);
    }

    private String state(String urn) {
        return jdbc.queryForObject("SELECT state FROM cps_case WHERE urn = ?", String.class, urn);
    }

    private static String reason(ConsumerRecord<String, byte[]> record) {
        StringBuilder reasons = new StringBuilder();
        for (Header header : record.headers()) {
            if (header.key().contains("exception-message") || header.key().contains("exception-fqcn")
                    || header.key().contains("exception-cause")) {
                reasons.append(header.key()).append('=').append(new String(header.value(), StandardCharsets.UTF_8))
                        .append('\n');
            }
        }
        return reasons.toString();
    }
}
