package uk.casehandover.police.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.casehandover.platform.test.HostileInput;
import uk.casehandover.platform.test.HostileInput.Answer;
import uk.casehandover.platform.test.HostileInput.Body;
import uk.casehandover.platform.test.HostileInput.Hostile;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.platform.test.RealPlatformTest;
import uk.casehandover.police.PoliceServiceApplication;
import uk.casehandover.victimdata.KeyEncryptionKey;

/**
 * Issue 5 "Bad input" at the police service: every POST endpoint gets bodies over the size limit, not JSON, the wrong
 * shape, wrong types, an unknown field, huge arrays and injection strings in every string field; the URN path variable
 * gets the injection strings too. Each answer is 4xx problem+json that echoes none of the hostile text, and after each
 * request the case reads as before and nothing more is in the handover log (the outbox of every event sent).
 *
 * <p>The case is one whose file is submitted: a body that passes validation is refused 409 by the state machine, so a
 * hostile string in a free-text field (which may legitimately hold any text) is still refused and changes nothing;
 * {@link #injectionStringsInFreeTextAreStoredAsInertText} shows such text is accepted as data where it is allowed.
 */
@RealPlatformTest
@SpringBootTest(classes = PoliceServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.kafka=WARN",
                "logging.level.org.apache.kafka=WARN"})
class HostileInputIT {

    static final String ISVA = "ISVA-SVC-0001";
    static RealPlatform platform;
    static String database;
    static String token;
    static String urn;
    static String caseBefore;
    static String keyStore;
    static Path kek;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void platform(RealPlatform started) {
        platform = started;
        database = started.newDatabase("police_service");
        token = started.tokenFor("PC-0001");
        // with a victim key store, as on the platform, so victimDetails is checked like every other field
        keyStore = started.newDatabase("victim_keys");
        try {
            kek = Files.createTempDirectory("police-hostile-kek").resolve("kek.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KeyEncryptionKey.generateKeysetFile(kek);
    }

    @DynamicPropertySource
    static void platformProperties(DynamicPropertyRegistry properties) {
        platform.serviceProperties(database).forEach((name, value) -> properties.add(name, () -> value));
        properties.add("casehandover.victim-keys.datasource.url", () -> keyStore);
        properties.add("casehandover.victim-keys.datasource.username", () -> platform.jdbcUsername());
        properties.add("casehandover.victim-keys.datasource.password", () -> platform.jdbcPassword());
        properties.add("casehandover.victim-keys.kek-file", () -> kek.toString());
    }

    /** An endpoint, its path ({urn} for the case's) and a body it accepts in the right state. */
    record Endpoint(String name, String path, Map<String, Object> valid, Set<String> freeTextAcceptedInAnyState) {
        Endpoint(String name, String path, Map<String, Object> valid) {
            this(name, path, valid, Set.of());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final String URN = "01ZD0000001";

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("open", "/api/cases", openBody()),
                new Endpoint("consent", "/api/cases/{urn}/consent", Map.of("isvaServiceId", ISVA,
                        "scopes", List.of("MILESTONES", "NEXT_STEPS"))),
                new Endpoint("withdrawal", "/api/cases/{urn}/consent/withdrawal",
                        Map.of("scopes", List.of("SAFETY_BAIL_CONDITIONS"))),
                new Endpoint("early advice", "/api/cases/{urn}/early-advice-requests", Map.of(
                        "summary", "Synthetic summary", "linesOfEnquiry", List.of("Synthetic line"),
                        "suspectAccountSummary", "Synthetic account", "questionsForProsecutor", List.of("Synthetic?"))),
                new Endpoint("case file", "/api/cases/{urn}/case-files", Officer.aFile()),
                new Endpoint("action plan answer", "/api/cases/{urn}/action-plans/1/answer", Map.of("responses",
                        List.of(Map.of("itemId", "AP1-1", "status", "COMPLETED", "response", "Synthetic",
                                "additionalDocuments", List.of(Map.of("documentId", "DOC-2", "title", "Synthetic",
                                        "documentType", "WITNESS_STATEMENT", "sha256", Officer.SHA, "sizeBytes", 4)))))),
                new Endpoint("victim told", "/api/cases/{urn}/victim-told",
                        Map.of("toldAt", "2026-03-03T10:00:00Z", "method", "TELEPHONE")),
                // a bail change is a milestone in any state, so its free text is accepted as data
                new Endpoint("bail change", "/api/cases/{urn}/bail-changes", Map.of("bailExpiresAt",
                        "2026-07-01T00:00:00Z", "safetyBailConditions", List.of("Synthetic: not to contact the victim")),
                        Set.of("safetyBailConditions[0]")));
    }

    static Map<String, Object> openBody() {
        Map<String, Object> open = new LinkedHashMap<>(Officer.aCase(URN));
        open.put("policeContact", Map.of("team", "Synthetic RASSO Team", "telephone", "01000 000000",
                "email", "rasso.team@example.police.uk"));
        open.put("offences", List.of(Map.of("cjsOffenceCode", "SX03001", "description", "Synthetic offence wording",
                "committedFrom", "2026-01-01", "committedTo", "2026-01-02")));
        open.put("victimDetails", Map.of(
                "name", Map.of("given", "Testa", "family", "Synthetica"), "dateOfBirth", "1990-04-17",
                "contact", Map.of("telephone", "07700 900123", "email", "testa.synthetica@example.invalid",
                        "postalAddress", "1 Fictional Road, Nowhere NW0 0ZZ"),
                "communicationPreferences", Map.of("preferredMethod", "EMAIL", "language", "English",
                        "interpreterRequired", false, "safeToLeaveMessage", false,
                        "safeContactTimes", "weekdays 10:00-12:00")));
        return open;
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> endpointsAndStrings() {
        return endpoints().stream().flatMap(e -> HostileInput.strings().stream()
                .map(h -> org.junit.jupiter.params.provider.Arguments.of(e, h)));
    }

    /** The case every request is aimed at: opened, consented, its file submitted. */
    void theCase() {
        if (urn != null) {
            return;
        }
        Officer officer = new Officer(port, token);
        assertThat(officer.opens(URN).status()).isEqualTo(201);
        assertThat(officer.consents(URN, ISVA).status()).isEqualTo(204);
        assertThat(officer.submitsAFile(URN).status()).isEqualTo(204);
        urn = URN;
        caseBefore = HostileInput.get(port, "/api/cases/" + URN, token).body();
    }

    long[] counts;

    long[] counts() {
        return new long[] {
                jdbc.sql("SELECT count(*) FROM police_case").query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM handover_log").query(Long.class).single(),
                JdbcClient.create(platform.dataSource(keyStore)).sql("SELECT count(*) FROM victim_data_key")
                        .query(Long.class).single()};
    }

    @AfterEach
    void nothingChanged() {
        if (counts != null) {
            assertThat(counts()).as("cases, handover log rows and victim keys").containsExactly(counts);
            assertThat(HostileInput.get(port, "/api/cases/" + URN, token).body()).isEqualTo(caseBefore);
        }
    }

    List<String> refusals(Endpoint endpoint, List<Body> bodies, String hostileText) {
        theCase();
        counts = counts();
        List<String> wrong = new ArrayList<>();
        for (Body body : bodies) {
            Answer answer = HostileInput.post(port, endpoint.path().replace("{urn}", URN), token, body.json());
            check(endpoint + " " + body, answer, hostileText, wrong);
            long[] now = counts();
            if (!java.util.Arrays.equals(now, counts)) {
                wrong.add(endpoint + " " + body + ": changed the case, made a victim key or handed something over");
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
        List<Body> bodies = HostileInput.eachStringReplaced(endpoint.valid(), hostile.value()).stream()
                .filter(b -> !(hostile.isPrintableText() && endpoint.freeTextAcceptedInAnyState().contains(b.field())))
                .toList();
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
        Answer answer = HostileInput.post(port, endpoint.path().replace("{urn}", URN), token, unknown.json());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"victimName\"", "is not a known property");
        for (Body wrongType : HostileInput.eachFieldOfTheWrongType(endpoint.valid())) {
            Answer typed = HostileInput.post(port, endpoint.path().replace("{urn}", URN), token, wrongType.json());
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
        Answer tooLarge = HostileInput.post(port, endpoint.path().replace("{urn}", URN), token,
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
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.path().contains("{urn}")) {
                Answer answer = HostileInput.post(port, endpoint.path().replace("{urn}", segment), token,
                        HostileInput.json(endpoint.valid()));
                check(endpoint.toString(), answer, hostile.value(), wrong, true);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The case list's query parameters: each hostile string, and numbers out of range or not numbers at all. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.casehandover.platform.test.HostileInput#strings")
    void hostileQueryParametersOfTheCaseListAreRefused(Hostile hostile) {
        theCase();
        String value = HostileInput.pathSegment(hostile.value());
        List<String> wrong = new ArrayList<>();
        check("forceCode", HostileInput.get(port, "/api/cases?forceCode=" + value, token), hostile.value(), wrong, true);
        check("limit", HostileInput.get(port, "/api/cases?limit=" + value, token), hostile.value(), wrong, true);
        assertThat(wrong).isEmpty();
    }

    @Test
    void caseListLimitsOutOfRangeOrNotANumberAreNamedInTheProblem() {
        theCase();
        for (String limit : List.of("0", "-1", "1001", "2147483648", "99999999999999999999", "1e3", "1.5", "%20",
                "0x10", "")) {
            Answer answer = HostileInput.get(port, "/api/cases?limit=" + limit, token);
            assertThat(answer.status()).as("limit=" + limit + ": " + abbreviated(answer.body())).isEqualTo(400);
            assertThat(answer.isProblem()).as("limit=" + limit).isTrue();
            assertThat(answer.body()).as("limit=" + limit).contains("limit");
        }
        Answer valid = HostileInput.get(port, "/api/cases?limit=1000", token);
        assertThat(valid.status()).as(abbreviated(valid.body())).isEqualTo(200);
    }

    @Test
    void aBodyBreakingThousandsOfRulesListsFiftyAndCountsTheRest() {
        theCase();
        counts = counts();
        Map<String, Object> file = new LinkedHashMap<>(Officer.aFile());
        List<Map<String, Object>> manifest = new ArrayList<>();
        for (int i = 1; i <= 1_500; i++) {
            manifest.add(Map.of("documentId", "DOC-" + i, "title", "Synthetic statement " + i,
                    "documentType", "WITNESS_STATEMENT", "sha256", "not-a-digest", "sizeBytes", 1));
        }
        file.put("evidenceManifest", manifest);

        Answer answer = HostileInput.post(port, "/api/cases/" + URN + "/case-files", token, HostileInput.json(file));

        assertThat(answer.status()).as(abbreviated(answer.body())).isEqualTo(400);
        assertThat(answer.body()).contains("\"violationsNotListed\":1450", "and 1490 more");
        assertThat(answer.body().split("\"rule\"", -1)).hasSize(51);
        assertThat(answer.body().length()).isLessThan(10_000);
    }

    @Test
    void aCaseFileWithTwoThousandDocumentsAndFullLengthSummariesFitsUnderTheLimit() {
        String other = "01ZD0000002";
        Officer officer = new Officer(port, token);
        assertThat(officer.opens(other).status()).isEqualTo(201);
        Map<String, Object> file = new LinkedHashMap<>(Officer.aFile());
        file.put("mg3Summary", "M".repeat(20_000));
        file.put("caseSummary", "C".repeat(20_000));
        List<Map<String, Object>> manifest = new ArrayList<>();
        for (int i = 1; i <= 2_000; i++) {
            manifest.add(Map.of("documentId", "DOC-" + i, "title", "Synthetic statement of witness " + i,
                    "documentType", "WITNESS_STATEMENT", "sha256", Officer.SHA, "sizeBytes", 123_456));
        }
        file.put("evidenceManifest", manifest);
        String body = HostileInput.json(file);
        assertThat(body.length()).isLessThan(HostileInput.MAX_REQUEST_BYTES);

        Answer submitted = HostileInput.post(port, "/api/cases/" + other + "/case-files", token, body);

        assertThat(submitted.status()).as(abbreviated(submitted.body())).isEqualTo(204);
    }

    @Test
    void injectionStringsInFreeTextAreStoredAsInertText() {
        String other = "01ZD0000003";
        String text = "'; DROP TABLE police_case; -- <script>alert(1)</script> ${jndi:ldap://x} ../../etc/passwd";
        Map<String, Object> aCase = new LinkedHashMap<>(Officer.aCase(other));
        aCase.put("offences", List.of(Map.of("cjsOffenceCode", "SX03001", "description", text)));
        aCase.put("policeContact", Map.of("team", text, "telephone", "01000 000000"));

        Answer opened = HostileInput.post(port, "/api/cases", token, HostileInput.json(aCase));
        Answer bail = HostileInput.post(port, "/api/cases/" + other + "/bail-changes", token,
                HostileInput.json(Map.of("safetyBailConditions", List.of(text, "A".repeat(10_000)))));

        assertThat(opened.status()).as(abbreviated(opened.body())).isEqualTo(201);
        assertThat(bail.status()).as(abbreviated(bail.body())).isEqualTo(204);
        String view = HostileInput.get(port, "/api/cases/" + other, token).body();
        assertThat(view).contains("\"description\":\"" + text + "\"", "\"safetyBailConditions\":[\"" + text + "\",\"AAAA");
        assertThat(jdbc.sql("SELECT count(*) FROM police_case").query(Long.class).single()).isPositive();
    }
}
