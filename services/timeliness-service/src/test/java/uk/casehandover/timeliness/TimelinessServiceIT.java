package uk.casehandover.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.casehandover.schemas.fixtures.SampleEvents.aCaseFileAccepted;
import static uk.casehandover.schemas.fixtures.SampleEvents.aCaseFileSubmitted;
import static uk.casehandover.schemas.fixtures.SampleEvents.aChargingDecisionMade;
import static uk.casehandover.schemas.fixtures.SampleEvents.aHandoverAcknowledged;
import static uk.casehandover.schemas.fixtures.SampleEvents.aVictimToldOfDecision;
import static uk.casehandover.schemas.fixtures.SampleEvents.anActionPlanAnswered;
import static uk.casehandover.schemas.fixtures.SampleEvents.anActionPlanIssued;
import static uk.casehandover.schemas.fixtures.SampleEvents.anEarlyAdviceGiven;
import static uk.casehandover.schemas.fixtures.SampleEvents.anEarlyAdviceRequested;
import static uk.casehandover.schemas.fixtures.SampleEvents.metadata;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.casehandover.common.v1.ActorRole;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.common.v1.HandoverAcknowledged;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.cps.v1.CaseFileAccepted;
import uk.casehandover.cps.v1.ChargingDecisionMade;
import uk.casehandover.platform.test.HandoverWire;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;
import uk.casehandover.platform.test.UntrustedTokens;
import uk.casehandover.police.v1.ActionPlanAnswered;
import uk.casehandover.police.v1.CaseFileSubmitted;
import uk.casehandover.police.v1.EarlyAdviceRequested;
import uk.casehandover.schemas.Topics;
import uk.casehandover.timeliness.receipt.ReceiptBook;
import uk.casehandover.timeliness.v1.ClockType;
import uk.casehandover.timeliness.v1.HandoverOverdue;
import uk.casehandover.timeliness.v1.StatutoryClockBreached;
import uk.casehandover.timeliness.v1.StatutoryClockMet;
import uk.casehandover.timeliness.v1.StatutoryClockStarted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The timeliness service against the real platform: the agencies' handovers sent on the handover topics with
 * HandoverWire, the service's events read back from platform.timeliness, its lists over HTTP. One Spring context for
 * every story; each story has cases (URNs) of its own. Time is the test's: a settable Clock, and the sweeps are run by
 * the test (the scheduled ones are an hour apart here). Every request carries a real token from the platform's identity
 * provider: auditor AUD-0001 unless a test asks as someone else (docs/timeliness.md, "Who sees what").
 */
@RealPlatformTest
@SpringBootTest(classes = {TimelinessServiceApplication.class, TimelinessServiceIT.TestTime.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "casehandover.outbox.relay.lock-retry-interval=200ms",
                "casehandover.timeliness.sweep-interval=PT1H",
                "logging.level.kafka=WARN", "logging.level.org.apache.kafka=WARN"})
class TimelinessServiceIT {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(30);

    static RealPlatform platform;
    static String database;
    static HandoverWire wire;
    static HandoverWire.Reader timeliness;
    /** Demo users' tokens (docs/authentication.md): fetched once, they live 30 minutes. */
    static final Map<String, String> tokens = new HashMap<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class TestTime {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(T0);
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    Sweeps sweeps;

    @Autowired
    ReceiptBook receipts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void platform(RealPlatform started) {
        platform = started;
        database = started.newDatabase("timeliness_service");
        wire = new HandoverWire(started);
        timeliness = wire.reader(Topics.PLATFORM_TIMELINESS);
    }

    @AfterAll
    static void close() {
        timeliness.close();
        wire.close();
    }

    @DynamicPropertySource
    static void platformProperties(DynamicPropertyRegistry properties) {
        platform.serviceProperties(database).forEach((name, value) -> properties.add(name, () -> value));
    }

    // ---- receipts ----

    @Test
    void anUnacknowledgedHandoverIsRaisedOverdueOnceAndAnAcknowledgedOneIsNot() throws Exception {
        clock.set(T0);
        String urn = newUrn("03");
        EarlyAdviceRequested ignored = police(urn, anEarlyAdviceRequested().setMetadata(police(urn, T0)).build());
        ActionPlanAnswered answered = police(urn, anActionPlanAnswered().setMetadata(police(urn, T0)).build());
        cps(urn, acknowledgement(urn, Agency.CPS, answered.getMetadata(), T0.plusSeconds(5)));
        awaitAcknowledged(answered.getMetadata().getEventId(), true);
        awaitAcknowledged(ignored.getMetadata().getEventId(), false);

        clock.set(T0.plus(Duration.ofMinutes(14)));
        sweeps.sweep();
        clock.set(T0.plus(Duration.ofMinutes(16)));
        CompletableFuture<Integer> otherReplica = CompletableFuture.supplyAsync(sweeps::sweep);
        sweeps.sweep();
        otherReplica.join();
        sweeps.sweep();
        markAndAwait(urn);

        List<HandoverOverdue> overdue = timeliness.eventsAbout(urn, HandoverOverdue.class);
        assertThat(overdue).singleElement().satisfies(event -> {
            assertThat(event.getOverdueEventId()).isEqualTo(ignored.getMetadata().getEventId());
            assertThat(event.getOverdueEventType()).isEqualTo(EarlyAdviceRequested.getClassSchema().getFullName());
            assertThat(event.getTopic()).isEqualTo(Topics.POLICE_TO_CPS);
            assertThat(event.getSender()).isEqualTo(Agency.POLICE);
            assertThat(event.getSenderId()).isEqualTo("03");
            assertThat(event.getReceiver()).isEqualTo(Agency.CPS);
            assertThat(event.getSentAt()).isEqualTo(T0);
            assertThat(event.getDueBy()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
            assertPlatformEnvelope(event.getMetadata(), ignored.getMetadata());
        });

        JsonNode list = getJson("/api/handovers/overdue?forceCode=03&agency=CPS");
        assertThat(eventIds(list)).contains(ignored.getMetadata().getEventId().toString())
                .doesNotContain(answered.getMetadata().getEventId().toString());
        assertThat(eventIds(getJson("/api/handovers/overdue?agency=ISVA_SERVICE")))
                .doesNotContain(ignored.getMetadata().getEventId().toString());
        assertThat(eventIds(getJson("/api/handovers/overdue?forceCode=04")))
                .doesNotContain(ignored.getMetadata().getEventId().toString());

        cps(urn, acknowledgement(urn, Agency.CPS, ignored.getMetadata(), T0.plus(Duration.ofMinutes(20))));
        awaitAcknowledged(ignored.getMetadata().getEventId(), true);
        assertThat(eventIds(getJson("/api/handovers/overdue?forceCode=03")))
                .doesNotContain(ignored.getMetadata().getEventId().toString());
    }

    @Test
    void anAcknowledgementThatArrivesBeforeItsHandoverClosesIt() {
        clock.set(T0);
        String urn = newUrn("01");
        EarlyAdviceRequested request = anEarlyAdviceRequested().setMetadata(police(urn, T0)).build();
        cps(urn, acknowledgement(urn, Agency.CPS, request.getMetadata(), T0.plusSeconds(1)));
        await().atMost(WAIT).until(() -> jdbc.sql(
                "SELECT count(*) FROM early_acknowledgements WHERE acknowledged_event_id = :id")
                .param("id", request.getMetadata().getEventId()).query(Integer.class).single() == 1);
        police(urn, request);
        awaitAcknowledged(request.getMetadata().getEventId(), true);

        clock.set(T0.plus(Duration.ofHours(1)));
        sweeps.sweep();
        markAndAwait(urn);
        assertThat(timeliness.eventsAbout(urn, HandoverOverdue.class)).isEmpty();
    }

    // ---- clocks ----

    @Test
    void everyClockIsMetByTheEventThatSatisfiesItBeforeItsDeadline() throws Exception {
        clock.set(T0);
        String urn = newUrn("01");
        EarlyAdviceRequested request = police(urn, anEarlyAdviceRequested().setMetadata(police(urn, T0)).build());
        cps(urn, anEarlyAdviceGiven().setMetadata(cpsAt(urn, days(2))).setRequestEventId(
                request.getMetadata().getEventId()).build());
        CaseFileSubmitted file = police(urn, CaseFileSubmitted.newBuilder(aCaseFileSubmitted().withUrn(urn).build())
                .setMetadata(police(urn, days(3))).setBailExpiresAt(days(90)).setEnhancedRightsVictim(true).build());
        cps(urn, aCaseFileAccepted().setMetadata(cpsAt(urn, days(4)))
                .setCaseFileEventId(file.getMetadata().getEventId()).build());
        cps(urn, anActionPlanIssued().setMetadata(cpsAt(urn, days(5))).setSequenceNumber(1)
                .setPlanDueOn(LocalDate.parse("2026-03-20")).build());
        police(urn, anActionPlanAnswered().setMetadata(police(urn, days(8))).setPlanSequenceNumber(1).build());
        ChargingDecisionMade decision = cps(urn, ChargingDecisionMade.newBuilder(aChargingDecisionMade().withUrn(urn)
                .build()).setMetadata(cpsAt(urn, days(10))).build());
        police(urn, aVictimToldOfDecision().setMetadata(police(urn, days(10).plus(Duration.ofHours(2))))
                .setDecisionEventId(decision.getMetadata().getEventId()).build());

        Map<ClockType, StatutoryClockMet> met = await().atMost(WAIT).until(
                () -> byType(timeliness.eventsAbout(urn, StatutoryClockMet.class), StatutoryClockMet::getClockType),
                byType -> byType.size() == 5);
        assertThat(met.keySet()).containsExactlyInAnyOrder(ClockType.EARLY_ADVICE, ClockType.PRE_CHARGE_BAIL,
                ClockType.CHARGING_DECISION, ClockType.ACTION_PLAN_RESPONSE, ClockType.VICTIM_TOLD_OF_DECISION);
        Map<ClockType, StatutoryClockStarted> started = byType(
                timeliness.eventsAbout(urn, StatutoryClockStarted.class), StatutoryClockStarted::getClockType);
        assertThat(started).hasSize(5);
        assertThat(started.get(ClockType.EARLY_ADVICE).getDeadline()).isEqualTo(Instant.parse("2026-03-24T00:00:00Z"));
        assertThat(started.get(ClockType.CHARGING_DECISION).getDeadline())
                .isEqualTo(Instant.parse("2026-04-03T23:00:00Z"));
        assertThat(started.get(ClockType.ACTION_PLAN_RESPONSE).getDeadline())
                .isEqualTo(Instant.parse("2026-03-21T00:00:00Z"));
        assertThat(started.get(ClockType.PRE_CHARGE_BAIL).getDeadline()).isEqualTo(days(90));
        // decided Thursday 12 March: the victim with enhanced rights must be told by the end of Friday 13 March
        assertThat(started.get(ClockType.VICTIM_TOLD_OF_DECISION).getDeadline())
                .isEqualTo(Instant.parse("2026-03-14T00:00:00Z"));
        assertThat(started.values()).allSatisfy(clockStarted -> assertThat(clockStarted.getForceCode()).isEqualTo("01"));
        assertThat(started.get(ClockType.VICTIM_TOLD_OF_DECISION).getCpsArea()).isEqualTo("LONDON_NORTH");
        assertThat(started.get(ClockType.EARLY_ADVICE).getMetadata().getCausationId())
                .isEqualTo(request.getMetadata().getEventId());
        assertPlatformEnvelope(met.get(ClockType.VICTIM_TOLD_OF_DECISION).getMetadata(), null);
        met.values().forEach(clockMet -> assertThat(clockMet.getClockId())
                .isEqualTo(started.get(clockMet.getClockType()).getClockId()));
        assertThat(met.get(ClockType.VICTIM_TOLD_OF_DECISION).getMetAt())
                .isEqualTo(days(10).plus(Duration.ofHours(2)));

        clock.set(days(200));
        sweeps.sweep();
        markAndAwait(urn);
        assertThat(timeliness.eventsAbout(urn, StatutoryClockBreached.class)).isEmpty();
    }

    @Test
    void everyClockStillRunningAtItsDeadlineIsBreachedOnceAndALateMeetingDoesNotUndoIt() throws Exception {
        clock.set(T0);
        String planned = newUrn("05");
        EarlyAdviceRequested request = police(planned, anEarlyAdviceRequested().setMetadata(police(planned, T0))
                .build());
        CaseFileSubmitted inCustody = police(planned, CaseFileSubmitted.newBuilder(aCaseFileSubmitted()
                .withUrn(planned).withSuspectInCustody().build()).setMetadata(police(planned, T0)).build());
        cps(planned, aCaseFileAccepted().setMetadata(cpsAt(planned, days(1)))
                .setCaseFileEventId(inCustody.getMetadata().getEventId()).build());
        cps(planned, anActionPlanIssued().setMetadata(cpsAt(planned, days(2))).setSequenceNumber(1)
                .setPlanDueOn(LocalDate.parse("2026-03-16")).build());
        String bailed = newUrn("05");
        police(bailed, CaseFileSubmitted.newBuilder(aCaseFileSubmitted().withUrn(bailed).build())
                .setMetadata(police(bailed, T0)).setBailExpiresAt(days(90)).build());
        String decided = newUrn("05");
        cps(decided, ChargingDecisionMade.newBuilder(aChargingDecisionMade().withUrn(decided).build())
                .setMetadata(cpsAt(decided, T0)).build());
        await().atMost(WAIT).until(() -> timeliness.eventsAbout(planned, StatutoryClockStarted.class).size() == 4
                && timeliness.eventsAbout(bailed, StatutoryClockStarted.class).size() == 1
                && timeliness.eventsAbout(decided, StatutoryClockStarted.class).size() == 1);

        clock.set(days(100));
        sweeps.sweep();
        sweeps.sweep();
        cps(planned, anEarlyAdviceGiven().setMetadata(cpsAt(planned, days(101)))
                .setRequestEventId(request.getMetadata().getEventId()).build());
        markAndAwait(planned);
        markAndAwait(bailed);
        markAndAwait(decided);

        Map<ClockType, StatutoryClockBreached> breached = byType(
                timeliness.eventsAbout(planned, StatutoryClockBreached.class), StatutoryClockBreached::getClockType);
        assertThat(timeliness.eventsAbout(planned, StatutoryClockBreached.class)).hasSize(4);
        assertThat(breached.keySet()).containsExactlyInAnyOrder(ClockType.EARLY_ADVICE, ClockType.CUSTODY,
                ClockType.CHARGING_DECISION, ClockType.ACTION_PLAN_RESPONSE);
        assertThat(breached.get(ClockType.CUSTODY).getDeadline()).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(breached.get(ClockType.CUSTODY).getDetectedAt()).isEqualTo(days(100));
        assertThat(timeliness.eventsAbout(planned, StatutoryClockMet.class)).isEmpty();
        assertThat(timeliness.eventsAbout(bailed, StatutoryClockBreached.class)).singleElement()
                .satisfies(breach -> assertThat(breach.getClockType()).isEqualTo(ClockType.PRE_CHARGE_BAIL));
        StatutoryClockStarted victimTold = timeliness.eventsAbout(decided, StatutoryClockStarted.class).get(0);
        assertThat(victimTold.getClockType()).isEqualTo(ClockType.VICTIM_TOLD_OF_DECISION);
        assertThat(victimTold.getCpsArea()).isEqualTo("LONDON_NORTH");
        assertThat(timeliness.eventsAbout(decided, StatutoryClockBreached.class)).singleElement().satisfies(breach -> {
            assertThat(breach.getClockId()).isEqualTo(victimTold.getClockId());
            assertThat(breach.getMetadata().getCausationId()).isEqualTo(victimTold.getMetadata().getEventId());
        });

        String lateClockId = breached.get(ClockType.EARLY_ADVICE).getClockId().toString();
        JsonNode lateAdvice = await().atMost(WAIT).until(() -> clockView(
                getJson("/api/clocks?forceCode=05&cpsArea=LONDON_NORTH&status=BREACHED"), lateClockId),
                view -> view != null && view.get("metAt") != null && !view.get("metAt").isNull());
        JsonNode clocks = getJson("/api/clocks?forceCode=05&cpsArea=LONDON_NORTH&status=BREACHED");
        assertThat(lateAdvice.get("status").asString()).isEqualTo("BREACHED");
        assertThat(Instant.parse(lateAdvice.get("metAt").asString())).isEqualTo(days(101));
        List<Instant> deadlines = clocks.valueStream().map(view -> Instant.parse(view.get("deadline").asString()))
                .toList();
        assertThat(deadlines).isSorted();
    }

    @Test
    void aRedeliveredOrRepeatedStartingEventStartsNoSecondClock() {
        clock.set(T0);
        String urn = newUrn("01");
        EarlyAdviceRequested request = anEarlyAdviceRequested().setMetadata(police(urn, T0)).build();
        police(urn, request);
        police(urn, request);
        CaseFileAccepted accepted = aCaseFileAccepted().setMetadata(cpsAt(urn, T0)).build();
        cps(urn, accepted);
        cps(urn, accepted);
        cps(urn, aCaseFileAccepted().setMetadata(cpsAt(urn, T0.plusSeconds(60))).build());
        markAndAwait(urn);

        List<StatutoryClockStarted> started = timeliness.eventsAbout(urn, StatutoryClockStarted.class);
        assertThat(started).filteredOn(clockStarted -> clockStarted.getClockType() == ClockType.EARLY_ADVICE)
                .extracting(clockStarted -> clockStarted.getMetadata().getCausationId())
                .as("the request, once, then the marker").containsExactly(request.getMetadata().getEventId(),
                        lastMarker);
        assertThat(started).filteredOn(clockStarted -> clockStarted.getClockType() == ClockType.CHARGING_DECISION)
                .singleElement().satisfies(clockStarted -> assertThat(clockStarted.getMetadata().getCausationId())
                        .isEqualTo(accepted.getMetadata().getEventId()));
        assertThat(jdbc.sql("SELECT count(*) FROM handover_inbox WHERE event_id = :id")
                .param("id", request.getMetadata().getEventId()).query(Integer.class).single()).isEqualTo(1);
    }

    // ---- bad input ----

    @Test
    void aMalformedRecordAndAContractBreakingOneLandInTheDeadLetterTopicWithTheirReasons() {
        String urn = newUrn("01");
        try (HandoverWire.Reader dlt = wire.rawReader(Topics.POLICE_TO_CPS + ".timeliness-service.dlt")) {
            wire.sendMalformed(Topics.POLICE_TO_CPS, urn);
            EarlyAdviceRequested fromCps = anEarlyAdviceRequested().setMetadata(
                    HandoverMetadata.newBuilder(police(urn, T0)).setProducingAgency(Agency.CPS)
                            .setProducerId("LONDON_NORTH").build()).build();
            wire.send(Topics.POLICE_TO_CPS, fromCps);

            List<ConsumerRecord<String, Object>> dead = await().atMost(Duration.ofSeconds(60)).until(
                    () -> dlt.about(urn), records -> records.size() >= 2);
            assertThat(dead).hasSize(2);
            assertThat(HandoverWire.header(dead.get(0), "dlt-exception-message")).containsIgnoringCase("magic byte");
            assertThat(HandoverWire.header(dead.get(1), "dlt-exception-message"))
                    .contains("metadata.producingAgency").contains(fromCps.getMetadata().getEventId().toString());
        }
        markAndAwait(urn);
        assertThat(timeliness.eventsAbout(urn, StatutoryClockStarted.class)).hasSize(1);
    }

    /** The other topics it consumes dead-letter what cannot be read to their own dead-letter topics too. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Topics.CPS_TO_POLICE, Topics.POLICE_TO_ISVA, Topics.ISVA_TO_POLICE})
    void aMalformedRecordOnEveryOtherConsumedTopicGoesToItsDeadLetterTopic(String topic) {
        String urn = newUrn("01");
        try (HandoverWire.Reader dlt = wire.rawReader(topic + ".timeliness-service.dlt")) {
            wire.sendMalformed(topic, urn);
            List<ConsumerRecord<String, Object>> dead = await().atMost(Duration.ofSeconds(60)).until(
                    () -> dlt.about(urn), records -> !records.isEmpty());
            assertThat(HandoverWire.header(dead.get(0), "dlt-exception-message")).containsIgnoringCase("magic byte");
            assertThat(HandoverWire.header(dead.get(0), "dlt-original-topic")).isEqualTo(topic);
        }
    }

    @Test
    void aDecisionWhoseWorkingDayDeadlineFallsOutsideTheHolidayListIsDeadLetteredNotGuessed() {
        String urn = newUrn("01");
        try (HandoverWire.Reader dlt = wire.rawReader(Topics.CPS_TO_POLICE + ".timeliness-service.dlt")) {
            // decided on Friday 31 December 2027: the next working day is in 2028, which the list does not cover
            ChargingDecisionMade decision = cps(urn, ChargingDecisionMade.newBuilder(aChargingDecisionMade()
                    .withUrn(urn).build()).setMetadata(cpsAt(urn, Instant.parse("2027-12-31T10:00:00Z"))).build());

            List<ConsumerRecord<String, Object>> dead = await().atMost(Duration.ofSeconds(60)).until(
                    () -> dlt.about(urn), records -> !records.isEmpty());
            assertThat(HandoverWire.header(dead.get(0), "dlt-exception-message"))
                    .contains(decision.getMetadata().getEventId().toString())
                    .contains("2028-01-01 is outside the years the bank-holiday list covers (2025-2027");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM statutory_clocks WHERE urn = :urn").param("urn", urn)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void badQueryParametersAnswer400NamingEachParameterAndItsRule() throws Exception {
        HttpResponse<String> response = get("/api/clocks?forceCode=1&status=CLOSED&colour=red");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("violations").valueStream().map(v -> v.get("field").asString()).toList())
                .containsExactlyInAnyOrder("colour", "forceCode", "status");
        assertThat(problem.get("detail").asString()).contains("OPEN, MET, BREACHED");

        HttpResponse<String> overdue = get("/api/handovers/overdue?cpsArea=LONDON&agency=POLICE&limit=0");
        assertThat(overdue.statusCode()).isEqualTo(400);
        assertThat(json.readTree(overdue.body()).get("violations").valueStream()
                .map(v -> v.get("field").asString()).toList()).containsExactlyInAnyOrder("cpsArea", "limit");
    }

    // ---- who sees what ----

    @Test
    void policeAndCpsListOnlyTheirOwnForcesAndAreasCasesTheAuditorAllAndAnIsvaNothing() throws Exception {
        clock.set(T0);
        String ours = newUrn("01");
        String theirs = newUrn("20");
        EarlyAdviceRequested ourRequest = caseOf(ours, "LONDON_NORTH");
        EarlyAdviceRequested theirRequest = caseOf(theirs, "WESSEX");
        clock.set(T0.plus(Duration.ofMinutes(16)));
        sweeps.sweep();
        String ourId = ourRequest.getMetadata().getEventId().toString();
        String theirId = theirRequest.getMetadata().getEventId().toString();

        // the auditor: every case, filtered as asked
        assertThat(urns(getJson("/api/clocks?limit=500"))).contains(ours, theirs);
        assertThat(urns(getJson("/api/clocks?forceCode=20&limit=500"))).contains(theirs).doesNotContain(ours);
        assertThat(urns(getJson("/api/clocks?cpsArea=LONDON_NORTH&limit=500"))).contains(ours).doesNotContain(theirs);
        assertThat(eventIds(getJson("/api/handovers/overdue?limit=500"))).contains(ourId, theirId);

        // police: their force's cases by default and with their own forceCode; the other filters still apply
        for (String officer : List.of("PC-0001", "PS-0002")) {
            for (String path : List.of("/api/clocks?limit=500", "/api/clocks?forceCode=01&limit=500")) {
                JsonNode clocks = getJson(path, officer);
                assertThat(urns(clocks)).as(officer + " " + path).contains(ours).doesNotContain(theirs);
                assertThat(clocks.valueStream().map(c -> c.get("forceCode").asString())).as(path).containsOnly("01");
            }
            assertThat(eventIds(getJson("/api/handovers/overdue?limit=500", officer))).contains(ourId).doesNotContain(theirId);
        }
        assertThat(urns(getJson("/api/clocks?cpsArea=WESSEX&limit=500", "PC-0001"))).doesNotContain(ours, theirs);
        assertThat(urns(getJson("/api/clocks?limit=500", "PC-0201"))).contains(theirs).doesNotContain(ours);
        assertThat(eventIds(getJson("/api/handovers/overdue?limit=500", "PC-0201"))).contains(theirId).doesNotContain(ourId);

        // CPS: their Area's cases by default and with their own cpsArea
        for (String lawyer : List.of("CPS-0042", "DCP-0003")) {
            JsonNode clocks = getJson("/api/clocks?limit=500", lawyer);
            assertThat(urns(clocks)).as(lawyer).contains(ours).doesNotContain(theirs);
            assertThat(clocks.valueStream().map(c -> c.get("cpsArea").asString())).containsOnly("LONDON_NORTH");
            assertThat(urns(getJson("/api/clocks?cpsArea=LONDON_NORTH&limit=500", lawyer))).contains(ours);
            assertThat(eventIds(getJson("/api/handovers/overdue?limit=500", lawyer))).contains(ourId).doesNotContain(theirId);
        }
        assertThat(urns(getJson("/api/clocks?forceCode=20&limit=500", "CPS-0042"))).doesNotContain(ours, theirs);
        assertThat(urns(getJson("/api/clocks?limit=500", "CPS-0777"))).contains(theirs).doesNotContain(ours);

        // another force's or Area's filter: 403 naming the parameter
        assertRefusedNaming(get("/api/clocks?forceCode=20", "PC-0001"), "forceCode");
        assertRefusedNaming(get("/api/handovers/overdue?forceCode=20&agency=CPS", "PS-0002"), "forceCode");
        assertRefusedNaming(get("/api/clocks?cpsArea=WESSEX", "CPS-0042"), "cpsArea");
        assertRefusedNaming(get("/api/handovers/overdue?cpsArea=LONDON_NORTH", "CPS-0777"), "cpsArea");
        // a malformed one is still a 400 first
        assertThat(get("/api/clocks?forceCode=1", "PC-0001").statusCode()).isEqualTo(400);

        // an ISVA: refused both lists
        for (String path : List.of("/api/clocks", "/api/handovers/overdue")) {
            HttpResponse<String> refused = get(path, "ISVA-0007");
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void withoutAValidTokenTheListsAnswer401AsAProblemWhileHealthAndTheApiDocsStayOpen() throws Exception {
        String forged = UntrustedTokens.signedByAnotherKey(platform.identityProviderIssuer(), "AUD-0001",
                Map.of("roles", List.of("AUDITOR")));
        for (String path : List.of("/api/clocks", "/api/handovers/overdue?forceCode=01")) {
            HttpResponse<String> anonymous = get(path, null);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Bearer"));
            assertThat(getWithToken(path, forged).statusCode()).as("signed by another key: " + path).isEqualTo(401);
        }
        assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health", null).statusCode()).isNotEqualTo(401).isNotEqualTo(403);
    }

    /** A case of the URN's force whose CPS Area is known: an early advice request (a clock and, unanswered, an overdue handover). */
    private EarlyAdviceRequested caseOf(String urn, String cpsArea) {
        EarlyAdviceRequested request = police(urn, anEarlyAdviceRequested().setMetadata(police(urn, T0)).build());
        cps(urn, aHandoverAcknowledged().setMetadata(metadata(Agency.CPS).setUrn(urn).setProducerId(cpsArea)
                        .setOccurredAt(T0).setCorrelationId(correlation(urn)).build())
                .setAcknowledgedEventId(UUID.randomUUID())
                .setAcknowledgedEventType(EarlyAdviceRequested.getClassSchema().getFullName()).build());
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT count(*) FROM timeliness_cases WHERE urn = :urn AND cps_area = :area")
                .param("urn", urn).param("area", cpsArea).query(Integer.class).single() == 1);
        awaitAcknowledged(request.getMetadata().getEventId(), false);
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT count(*) FROM statutory_clocks WHERE urn = :urn")
                .param("urn", urn).query(Integer.class).single() > 0);
        return request;
    }

    private void assertRefusedNaming(HttpResponse<String> response, String parameter) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("title").asString()).isEqualTo("Access refused");
        assertThat(problem.get("violations").valueStream().map(v -> v.get("field").asString()).toList())
                .containsExactly(parameter);
        assertThat(problem.get("detail").asString()).contains(parameter);
    }

    private static List<String> urns(JsonNode list) {
        return list.valueStream().map(view -> view.get("urn").asString()).toList();
    }

    // ---- helpers ----

    /** The eventId of the latest marker request. */
    UUID lastMarker;

    /** Starts a marker clock on the case and waits for it: everything the service appended before is on the topic. */
    private void markAndAwait(String urn) {
        EarlyAdviceRequested marker = police(urn, anEarlyAdviceRequested().setMetadata(police(urn, T0)).build());
        lastMarker = marker.getMetadata().getEventId();
        await().atMost(WAIT).until(() -> timeliness.eventsAbout(urn, StatutoryClockStarted.class).stream()
                .anyMatch(started -> marker.getMetadata().getEventId().equals(started.getMetadata().getCausationId())));
    }

    private void awaitAcknowledged(UUID eventId, boolean acknowledged) {
        await().atMost(WAIT).until(() -> receipts.acknowledged(eventId).orElse(!acknowledged) == acknowledged);
    }

    private static void assertPlatformEnvelope(HandoverMetadata metadata, HandoverMetadata cause) {
        assertThat(metadata.getProducingAgency()).isEqualTo(Agency.PLATFORM);
        assertThat(metadata.getProducerId()).isEqualTo("timeliness-service");
        assertThat(metadata.getActor().getId()).isEqualTo("timeliness-service");
        assertThat(metadata.getActor().getRole()).isEqualTo(ActorRole.SYSTEM);
        if (cause != null) {
            assertThat(metadata.getCausationId()).isEqualTo(cause.getEventId());
            assertThat(metadata.getCorrelationId()).isEqualTo(cause.getCorrelationId());
            assertThat(metadata.getUrn()).isEqualTo(cause.getUrn());
        }
    }

    private static <T> Map<ClockType, T> byType(List<T> events, Function<T, ClockType> type) {
        return events.stream().collect(Collectors.toMap(type, Function.identity(), (first, second) -> first));
    }

    private static <T extends SpecificRecord> T police(String urn, T event) {
        return wire.send(Topics.POLICE_TO_CPS, event);
    }

    private static <T extends SpecificRecord> T cps(String urn, T event) {
        return wire.send(Topics.CPS_TO_POLICE, event);
    }

    private static HandoverMetadata police(String urn, Instant at) {
        return metadata(Agency.POLICE).setUrn(urn).setProducerId(urn.substring(0, 2)).setOccurredAt(at)
                .setCorrelationId(correlation(urn)).build();
    }

    private static HandoverMetadata cpsAt(String urn, Instant at) {
        return metadata(Agency.CPS).setUrn(urn).setOccurredAt(at).setCorrelationId(correlation(urn)).build();
    }

    private static HandoverAcknowledged acknowledgement(String urn, Agency by, HandoverMetadata acknowledged,
            Instant at) {
        return aHandoverAcknowledged().setMetadata(metadata(by).setUrn(urn).setOccurredAt(at)
                        .setCorrelationId(acknowledged.getCorrelationId()).setCausationId(acknowledged.getEventId())
                        .build())
                .setAcknowledgedEventId(acknowledged.getEventId())
                .setAcknowledgedEventType(EarlyAdviceRequested.getClassSchema().getFullName()).build();
    }

    private static UUID correlation(String urn) {
        return UUID.nameUUIDFromBytes(urn.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Instant days(int days) {
        return T0.plus(Duration.ofDays(days));
    }

    private static String newUrn(String force) {
        return force + "TL" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** As auditor AUD-0001, who sees every case. */
    private JsonNode getJson(String path) throws Exception {
        return getJson(path, "AUD-0001");
    }

    private JsonNode getJson(String path, String demoUser) throws Exception {
        HttpResponse<String> response = get(path, demoUser);
        assertThat(response.statusCode()).as(demoUser + " " + path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, "AUD-0001");
    }

    /** GET as a demo user (their token from the identity provider), or without a token ({@code null}). */
    private HttpResponse<String> get(String path, String demoUser) throws Exception {
        return getWithToken(path, demoUser == null ? null : tokens.computeIfAbsent(demoUser, platform::tokenFor));
    }

    private HttpResponse<String> getWithToken(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode clockView(JsonNode clocks, String clockId) {
        return clocks.valueStream().filter(view -> view.get("clockId").asString().equals(clockId)).findFirst()
                .orElse(null);
    }

    private static List<String> eventIds(JsonNode list) {
        return list.valueStream().map(view -> view.get("eventId").asString()).toList();
    }

}
