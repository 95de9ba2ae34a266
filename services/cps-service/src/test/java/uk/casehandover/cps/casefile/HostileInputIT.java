package uk.casehandover.cps.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.casehandover.schemas.fixtures.SampleEvents.aCaseFileSubmitted;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.casehandover.cps.CpsServiceApplication;
import uk.casehandover.cps.v1.ChargingDecisionMade;
import uk.casehandover.platform.test.HostileInput;
import uk.casehandover.platform.test.HostileInput.Answer;
import uk.casehandover.platform.test.HostileInput.Body;
import uk.casehandover.platform.test.HostileInput.Hostile;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;

/**
 * Issue 5 "Bad input" at the CPS service: every POST endpoint gets bodies over the size limit, not JSON, the wrong
 * shape, wrong types, an unknown field, huge arrays and injection strings in every string field; the URN path variable
 * gets the injection strings too. Each answer is 4xx problem+json that echoes none of the hostile text, and after each
 * request the case reads as before and nothing more is in {@code cps_handover} (every event CPS sends, the outbox).
 *
 * <p>The case is one whose charging decision is made ({@code DECIDED}, which allows no step): a body that passes
 * validation is refused 409, so even a hostile string that is legitimate free text changes nothing.
 */
@RealPlatformTest
@SpringBootTest(classes = CpsServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputIT {

    static RealPlatform platform;
    static String database;
    static PoliceSide police;
    static String token;
    static String urn;
    static String caseBefore;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void platform(RealPlatform started) {
        platform = started;
        database = started.newDatabase("cps_service");
        police = new PoliceSide(started, "handover.police-to-cps.cps-service.dlt");
        token = started.tokenFor(Lawyer.STAFF_ID);
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

    /** An endpoint, its path ({urn} for the case's) and a body it accepts in the right state. */
    record Endpoint(String name, String path, Map<String, Object> valid) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("reject", "/api/cases/{urn}/reject",
                        Map.of("reasons", List.of("KEY_EVIDENCE_MISSING"), "note", "Synthetic note")),
                new Endpoint("allocation", "/api/cases/{urn}/allocation", Map.of("lawyerId", "CPS-0042")),
                new Endpoint("early advice", "/api/cases/{urn}/early-advice", Map.of("advice", "Synthetic advice",
                        "recommendedLinesOfEnquiry", List.of("Synthetic line"))),
                new Endpoint("action plan", "/api/cases/{urn}/action-plans", Map.of("dueOn", "2026-12-30",
                        "items", List.of(Map.of("description", "Synthetic item", "owner", "OFFICER_IN_CASE",
                                "dueOn", "2026-12-30")))),
                new Endpoint("decision", "/api/cases/{urn}/decision", Map.of("outcome", "CHARGE",
                        "charges", List.of(Map.of("cjsOffenceCode", "SX03001", "suspectPncId", "98/1234567L")),
                        "testApplied", "FULL_CODE_TEST", "rationale", "Synthetic rationale")),
                new Endpoint("finalisation", "/api/cases/{urn}/finalisation", Map.of("note", "Synthetic note")),
                new Endpoint("reopening", "/api/cases/{urn}/reopening", Map.of("reason", "Synthetic reason")));
    }

    static Stream<Arguments> endpointsAndStrings() {
        return endpoints().stream().flatMap(e -> HostileInput.strings().stream().map(h -> Arguments.of(e, h)));
    }

    /** The case every request is aimed at: its file received from the police, accepted and charged (DECIDED). */
    synchronized void theCase() {
        if (urn != null) {
            return;
        }
        String theUrn = PoliceSide.aNewUrn();
        police.send(aCaseFileSubmitted().withUrn(theUrn).build());
        await().atMost(Duration.ofSeconds(30)).until(
                () -> HostileInput.get(port, "/api/cases/" + theUrn, token).status() == 200);
        assertThat(HostileInput.post(port, "/api/cases/" + theUrn + "/accept", token, "").status()).isEqualTo(200);
        assertThat(HostileInput.post(port, "/api/cases/" + theUrn + "/decision", token, HostileInput.json(
                endpoints().stream().filter(e -> e.name().equals("decision")).findFirst().orElseThrow().valid()))
                .status()).isEqualTo(200);
        police.awaitFromCps(theUrn, ChargingDecisionMade.class, d -> true);
        urn = theUrn;
        caseBefore = HostileInput.get(port, "/api/cases/" + urn, token).body();
        assertThat(caseBefore).contains("DECIDED");
    }

    long[] counts;

    long[] counts() {
        return new long[] {
                jdbc.queryForObject("SELECT count(*) FROM cps_case", Long.class),
                jdbc.queryForObject("SELECT count(*) FROM cps_handover", Long.class)};
    }

    @AfterEach
    void nothingChanged() {
        if (counts != null) {
            assertThat(counts()).as("cases and handover log rows").containsExactly(counts);
            assertThat(HostileInput.get(port, "/api/cases/" + urn, token).body()).isEqualTo(caseBefore);
        }
    }

    List<String> refusals(Endpoint endpoint, List<Body> bodies, String hostileText) {
        theCase();
        counts = counts();
        List<String> wrong = new ArrayList<>();
        for (Body body : bodies) {
            Answer answer = HostileInput.post(port, endpoint.path().replace("{urn}", urn), token, body.json());
            check(endpoint + " " + body, answer, hostileText, wrong);
            long[] now = counts();
            if (now[0] != counts[0] || now[1] != counts[1]) {
                wrong.add(endpoint + " " + body + ": changed the case or handed something over");
            }
        }
        return wrong;
    }

    static void check(String what, Answer answer, String hostileText, List<String> wrong) {
        check(what, answer, hostileText, wrong, false);
    }

    static void check(String what, Answer answer, String hostileText, List<String> wrong, boolean inUrl) {
        HostileInput.check(what, answer, hostileText, wrong, inUrl);
    }

    static String abbreviated(String body) {
        return HostileInput.abbreviated(body);
    }

    @ParameterizedTest(name = "{0}: {1} in every string field")
    @MethodSource("endpointsAndStrings")
    void injectionStringsInEveryStringFieldAreRefusedAndChangeNothing(Endpoint endpoint, Hostile hostile) {
        List<Body> bodies = HostileInput.eachStringReplaced(endpoint.valid(), hostile.value());
        assertThat(refusals(endpoint, bodies, hostile.value())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void wrongTypesAnUnknownFieldAndBodiesThatAreNoObjectAreRefusedAndChangeNothing(Endpoint endpoint) {
        List<Body> bodies = new ArrayList<>(HostileInput.eachFieldOfTheWrongType(endpoint.valid()));
        bodies.add(HostileInput.withAnUnknownField(endpoint.valid()));
        bodies.addAll(HostileInput.notAnObject(endpoint.valid()));
        assertThat(refusals(endpoint, bodies, null)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aWrongTypeOrUnknownFieldIsNamedInTheProblem(Endpoint endpoint) {
        theCase();
        Body unknown = HostileInput.withAnUnknownField(endpoint.valid());
        Answer answer = HostileInput.post(port, endpoint.path().replace("{urn}", urn), token, unknown.json());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"victimName\"", "is not a known property");
        for (Body wrongType : HostileInput.eachFieldOfTheWrongType(endpoint.valid())) {
            Answer typed = HostileInput.post(port, endpoint.path().replace("{urn}", urn), token, wrongType.json());
            assertThat(typed.status()).as(wrongType.field()).isEqualTo(400);
            assertThat(typed.body()).as(wrongType.field()).contains("\"field\":\"" + wrongType.field());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void hugeArraysAndBodiesOverTheLimitAreRefusedAndChangeNothing(Endpoint endpoint) {
        List<Body> bodies = new ArrayList<>(HostileInput.eachListHuge(endpoint.valid()));
        bodies.add(new Body("over the limit", HostileInput.jsonOfSize(HostileInput.MAX_REQUEST_BYTES + 1)));
        assertThat(refusals(endpoint, bodies, null)).isEmpty();
        Answer tooLarge = HostileInput.post(port, endpoint.path().replace("{urn}", urn), token,
                HostileInput.jsonOfSize(HostileInput.MAX_REQUEST_BYTES + 1));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("\"status\":413");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.casehandover.platform.test.HostileInput#strings")
    void hostileUrnsInThePathAreRefusedAndChangeNothing(Hostile hostile) {
        theCase();
        counts = counts();
        String segment = HostileInput.pathSegment(hostile.value());
        List<String> wrong = new ArrayList<>();
        check("GET", HostileInput.get(port, "/api/cases/" + segment, token), hostile.value(), wrong, true);
        check("accept", HostileInput.post(port, "/api/cases/" + segment + "/accept", token, ""), hostile.value(),
                wrong, true);
        for (Endpoint endpoint : endpoints()) {
            {
                Answer answer = HostileInput.post(port, endpoint.path().replace("{urn}", segment), token,
                        HostileInput.json(endpoint.valid()));
                check(endpoint.toString(), answer, hostile.value(), wrong, true);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The unacknowledged-handovers list's one query parameter: each hostile string, and bad numbers. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.casehandover.platform.test.HostileInput#strings")
    void hostileQueryParametersOfTheUnacknowledgedListAreRefused(Hostile hostile) {
        List<String> wrong = new ArrayList<>();
        check("minutes", HostileInput.get(port, "/api/handovers/unacknowledged?minutes="
                + HostileInput.pathSegment(hostile.value()), token), hostile.value(), wrong, true);
        assertThat(wrong).isEmpty();
    }

    @Test
    void unacknowledgedMinutesOutOfRangeOrNotANumberAreNamedInTheProblem() {
        for (String minutes : List.of("-1", "1000000", "99999999999999999999", "1e3", "1.5", "%20", "0x10", "")) {
            Answer answer = HostileInput.get(port, "/api/handovers/unacknowledged?minutes=" + minutes, token);
            assertThat(answer.status()).as("minutes=" + minutes + ": " + abbreviated(answer.body())).isEqualTo(400);
            assertThat(answer.isProblem()).as("minutes=" + minutes).isTrue();
            assertThat(answer.body()).as("minutes=" + minutes).contains("minutes");
        }
        Answer valid = HostileInput.get(port, "/api/handovers/unacknowledged?minutes=999999", token);
        assertThat(valid.status()).as(abbreviated(valid.body())).isEqualTo(200);
    }
}
