package uk.casehandover.isva.victimupdate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.casehandover.schemas.fixtures.SampleEvents.aVictimConsentGiven;
import static uk.casehandover.schemas.fixtures.SampleEvents.aVictimUpdateIssued;
import static uk.casehandover.schemas.fixtures.SampleEvents.metadata;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.common.v1.HandoverAcknowledged;
import uk.casehandover.isva.IsvaServiceApplication;
import uk.casehandover.isva.v1.VictimUpdateAcknowledged;
import uk.casehandover.platform.test.HostileInput;
import uk.casehandover.platform.test.HostileInput.Answer;
import uk.casehandover.platform.test.HostileInput.Body;
import uk.casehandover.platform.test.HostileInput.Hostile;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;
import uk.casehandover.common.v1.SharingScope;
import uk.casehandover.police.v1.VictimUpdateIssued;
import uk.casehandover.schemas.fixtures.SampleEvents;

/**
 * Issue 5 "Bad input" at the ISVA service. Its one POST, the acknowledgement, gets bodies over the size limit, not
 * JSON, the wrong shape, wrong types, an unknown field, huge arrays and injection strings; its path variables (ISVA
 * service id, update id) and query parameters (urn, order) get the injection strings. Each answer is 4xx problem+json
 * echoing none of the hostile text; the update stays as it was (acknowledged once, by its first reader) and no second
 * VictimUpdateAcknowledged reaches the police.
 */
@RealPlatformTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(classes = IsvaServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"casehandover.outbox.relay.lock-retry-interval=200ms",
                "logging.level.kafka=WARN", "logging.level.org.apache.kafka=WARN"})
class HostileInputIT {

    static final String ISVA = SampleEvents.ISVA_SERVICE;
    static final String URN = "01ZD0000009";

    static RealPlatform platform;
    static String database;
    static PoliceSide police;
    static String token;
    static String updateId;
    static String before;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void platform(RealPlatform started) {
        platform = started;
        database = started.newDatabase("isva_service");
        police = new PoliceSide(started.kafkaAdminProperties(), started.schemaRegistryUrl());
        token = started.tokenFor("ISVA-0007");
    }

    @AfterAll
    static void closeThePolice() {
        police.close();
    }

    @DynamicPropertySource
    static void platformProperties(DynamicPropertyRegistry properties) {
        platform.serviceProperties(database).forEach((name, value) -> properties.add(name, () -> value));
    }

    static final Map<String, Object> VALID = Map.of("actorId", "ISVA-0007");

    String updates() {
        return "/api/isva-services/" + ISVA + "/updates";
    }

    String acknowledgement() {
        return updates() + "/" + updateId + "/acknowledgement";
    }

    /** An update received with consent and acknowledged once by ISVA-0007: a valid body now answers 409. */
    synchronized void theUpdate() {
        if (updateId != null) {
            return;
        }
        police.send(aVictimConsentGiven().setMetadata(metadata(Agency.POLICE).setUrn(URN).build())
                .setIsvaServiceId(ISVA).setScopes(List.of(SharingScope.MILESTONES, SharingScope.NEXT_STEPS,
                        SharingScope.DECISION_OUTCOMES, SharingScope.SAFETY_BAIL_CONDITIONS)).build());
        VictimUpdateIssued update = VictimUpdateIssued.newBuilder(aVictimUpdateIssued().withUrn(URN)
                .on(LocalDate.parse("2026-03-02")).build()).setIsvaServiceId(ISVA).build();
        police.send(update);
        await().atMost(Duration.ofSeconds(30)).until(() -> police.repliesAbout(URN, HandoverAcknowledged.class),
                list -> list.size() >= 2);
        updateId = update.getMetadata().getEventId().toString();
        assertThat(HostileInput.post(port, acknowledgement(), token, HostileInput.json(VALID)).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> police.repliesAbout(URN, VictimUpdateAcknowledged.class),
                list -> list.size() == 1);
        before = state();
    }

    String state() {
        return HostileInput.get(port, updates() + "?urn=" + URN, token).body() + " | "
                + jdbc.sql("SELECT count(*) FROM victim_update").query(Long.class).single() + " "
                + jdbc.sql("SELECT count(*) FROM victim_consent WHERE urn = ?").param(URN).query(Long.class).single() + " "
                + jdbc.sql("SELECT count(*) FROM victim_update_refusal").query(Long.class).single() + " "
                + jdbc.sql("SELECT acknowledged_at || ' ' || acknowledged_by || ' ' || acknowledgement_event_id"
                        + " FROM victim_update WHERE urn = ?").param(URN).query(String.class).single();
    }

    @AfterEach
    void nothingChanged() {
        if (before != null) {
            assertThat(state()).isEqualTo(before);
        }
    }

    List<String> refusals(List<Body> bodies, String hostileText) {
        theUpdate();
        List<String> wrong = new ArrayList<>();
        for (Body body : bodies) {
            check(body.toString(), HostileInput.post(port, acknowledgement(), token, body.json()), hostileText, wrong,
                    false);
        }
        return wrong;
    }

    /** In a URL, Tomcat itself refuses an encoded slash, NUL or an over-long request line (400, its own page). */
    static void check(String what, Answer answer, String hostileText, List<String> wrong, boolean inUrl) {
        HostileInput.check(what, answer, hostileText, wrong, inUrl);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.casehandover.platform.test.HostileInput#strings")
    @Order(1)
    void injectionStringsInTheBodyThePathAndTheQueryAreRefusedAndChangeNothing(Hostile hostile) {
        List<String> wrong = refusals(HostileInput.eachStringReplaced(VALID, hostile.value()), hostile.value());
        String segment = HostileInput.pathSegment(hostile.value());
        String query = java.net.URLEncoder.encode(hostile.value(), java.nio.charset.StandardCharsets.UTF_8);
        check("isvaServiceId", HostileInput.post(port, "/api/isva-services/" + segment + "/updates/" + updateId
                + "/acknowledgement", token, HostileInput.json(VALID)), hostile.value(), wrong, true);
        check("updateId", HostileInput.post(port, updates() + "/" + segment + "/acknowledgement", token,
                HostileInput.json(VALID)), hostile.value(), wrong, true);
        check("GET updateId", HostileInput.get(port, updates() + "/" + segment, token), hostile.value(), wrong, true);
        check("GET isvaServiceId", HostileInput.get(port, "/api/isva-services/" + segment + "/updates", token),
                hostile.value(), wrong, true);
        check("urn", HostileInput.get(port, updates() + "?urn=" + query, token), hostile.value(), wrong, true);
        check("order", HostileInput.get(port, updates() + "?order=" + query, token), hostile.value(), wrong, true);
        check("consents urn", HostileInput.get(port, "/api/isva-services/" + ISVA + "/consents?urn=" + query, token),
                hostile.value(), wrong, true);
        assertThat(wrong).isEmpty();
    }

    @Test
    @Order(2)
    void wrongTypesAnUnknownFieldHugeArraysAndBodiesThatAreNoObjectOrTooLargeAreRefusedAndChangeNothing() {
        List<Body> bodies = new ArrayList<>(HostileInput.eachFieldOfTheWrongType(VALID));
        bodies.add(HostileInput.withAnUnknownField(VALID));
        bodies.addAll(HostileInput.notAnObject(VALID));
        bodies.add(new Body("huge array", HostileInput.json(Map.of("actorId",
                java.util.Collections.nCopies(HostileInput.HUGE, "ISVA-0007")))));
        bodies.add(new Body("huge array of numbers", HostileInput.json(java.util.Collections.nCopies(HostileInput.HUGE, 0))));
        bodies.add(new Body("over the limit", HostileInput.jsonOfSize(HostileInput.MAX_REQUEST_BYTES + 1)));
        assertThat(refusals(bodies, null)).isEmpty();

        Answer unknown = HostileInput.post(port, acknowledgement(), token, HostileInput.withAnUnknownField(VALID).json());
        assertThat(unknown.body()).contains("\"field\":\"victimName\"", "is not a known property");
        Answer wrongType = HostileInput.post(port, acknowledgement(), token, "{\"actorId\":12345}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body()).contains("\"field\":\"actorId\"", "has the wrong JSON type");
        Answer tooLarge = HostileInput.post(port, acknowledgement(), token,
                HostileInput.jsonOfSize(HostileInput.MAX_REQUEST_BYTES + 1));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.isProblem()).isTrue();
    }

    @Test
    @Order(3)
    void noSecondAcknowledgementReachedThePolice() {
        theUpdate();
        String marker = "01ZD0000010";
        police.send(aVictimConsentGiven().setMetadata(metadata(Agency.POLICE).setUrn(marker).build())
                .setIsvaServiceId(ISVA).setScopes(List.of(SharingScope.MILESTONES)).build());
        await().atMost(Duration.ofSeconds(30)).until(() -> police.repliesAbout(marker, HandoverAcknowledged.class),
                list -> !list.isEmpty());
        assertThat(police.repliesAbout(URN, VictimUpdateAcknowledged.class)).hasSize(1);
    }
}
