package uk.casehandover.registry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casehandover.registry.fixtures.Schemas.aRecord;
import static uk.casehandover.registry.it.RunningRegistry.body;
import static uk.casehandover.registry.it.RunningRegistry.schemaBody;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.casehandover.platform.embedded.EmbeddedPostgres;
import uk.casehandover.registry.it.RunningRegistry.Reply;

/** The registry's REST API as Confluent's clients use it, against a real PostgreSQL. */
class SchemaRegistryIT {

    private static final AtomicInteger SUBJECTS = new AtomicInteger();

    @TempDir
    static Path dataDirectory;
    static EmbeddedPostgres postgres;
    static RunningRegistry registry;

    /** Each test has subjects and record names of its own, so that no test sees another's ids. */
    private final int n = SUBJECTS.incrementAndGet();
    private final String subject = "police-to-cps-" + n + "-value";
    private final String record = "CaseFileSubmitted" + n;
    private final String v1 = aRecord(record).withString("urn").json();
    private final String withOptionalUnit = aRecord(record).withString("urn").withOptionalString("unit").json();
    private final String withRequiredUnit = aRecord(record).withString("urn").withString("unit").json();

    @BeforeAll
    static void startRegistry() {
        postgres = EmbeddedPostgres.start(dataDirectory.resolve("pg"), 0);
        registry = RunningRegistry.start(postgres, "registry_it");
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
        postgres.close();
    }

    @Test
    void sameSchemaTwiceGetsTheSameIdAndOneVersion() {
        int first = registry.register(subject, v1);

        int second = registry.register(subject, v1);
        int elsewhere = registry.register(subject + "-copy", v1);

        assertThat(second).isEqualTo(first);
        assertThat(elsewhere).isEqualTo(first);
        assertThat(registry.get("/subjects/" + subject + "/versions").body()).isEqualTo("[1]");
        assertThat(registry.get("/schemas/ids/" + first + "/subjects").json().toString())
                .isEqualTo("[\"" + subject + "\",\"" + subject + "-copy\"]");
    }

    @Test
    void answersInConfluentsContentTypeAndAcceptsItsRequestTypes() {
        Reply registered = registry.post("/subjects/" + subject + "/versions", schemaBody(v1),
                "application/vnd.schemaregistry+json");
        Reply lookedUp = registry.post("/subjects/" + subject, schemaBody(v1), "application/json");

        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.contentType()).startsWith(RunningRegistry.V1_JSON);
        assertThat(lookedUp.json().get("version").asInt()).isEqualTo(1);
        assertThat(lookedUp.json().get("id").asInt()).isEqualTo(registered.json().get("id").asInt());
    }

    @Test
    void honoursTheAcceptHeaderConfluentsJavaClientSends() {
        registry.register(subject, v1);

        Reply reply = registry.get("/subjects/" + subject + "/versions/latest", "application/vnd.schemaregistry.v1+json,"
                + " application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5");
        Reply plainJson = registry.get("/subjects/" + subject + "/versions/latest", "application/json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo(RunningRegistry.V1_JSON);
        assertThat(plainJson.contentType()).isEqualTo("application/json");
    }

    @Test
    void servesASchemaByIdAndByVersionAsConfluentDoes() {
        int id = registry.register(subject, v1);

        Reply byId = registry.get("/schemas/ids/" + id);
        Reply raw = registry.get("/schemas/ids/" + id + "/schema");
        Reply latest = registry.get("/subjects/" + subject + "/versions/latest");
        Reply versions = registry.get("/schemas/ids/" + id + "/versions");

        assertThat(byId.json().get("schema").asString()).contains(record);
        assertThat(byId.json().has("schemaType")).isFalse();
        assertThat(raw.json().get("name").asString()).isEqualTo(record);
        assertThat(latest.json().get("subject").asString()).isEqualTo(subject);
        assertThat(latest.json().get("version").asInt()).isEqualTo(1);
        assertThat(latest.json().get("id").asInt()).isEqualTo(id);
        assertThat(versions.json().toString()).contains("{\"subject\":\"" + subject + "\",\"version\":1}");
        assertThat(registry.get("/subjects/" + subject + "/versions/1/schema").body()).isEqualTo(raw.body());
        assertThat(registry.get("/subjects/" + subject + "/versions/1/referencedby").body()).isEqualTo("[]");
    }

    @Test
    void anIncompatibleChangeIs409ListingTheFieldAndTheRule() {
        registry.register(subject, v1);

        Reply refused = registry.post("/subjects/" + subject + "/versions", schemaBody(withRequiredUnit));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo(409);
        assertThat(refused.json().get("message").asString())
                .contains("incompatible", "READER_FIELD_MISSING_DEFAULT_VALUE", "/fields/1", "'unit'");
    }

    @Test
    void theVerboseCompatibilityCheckListsTheIncompatibilities() {
        registry.register(subject, v1);

        Reply verbose = registry.post("/compatibility/subjects/" + subject + "/versions/latest?verbose=true",
                schemaBody(withRequiredUnit));
        Reply terse = registry.post("/compatibility/subjects/" + subject + "/versions", schemaBody(withOptionalUnit));

        assertThat(verbose.json().get("is_compatible").asBoolean()).isFalse();
        assertThat(verbose.json().get("messages").toString()).contains("READER_FIELD_MISSING_DEFAULT_VALUE");
        assertThat(terse.json().get("is_compatible").asBoolean()).isTrue();
        assertThat(terse.json().has("messages")).isFalse();
    }

    /**
     * Two changes tell the levels apart: adding a required field breaks only BACKWARD; a schema compatible with the
     * latest version but not with the first (urn was an int) breaks only the transitive levels.
     */
    @ParameterizedTest(name = "{0}: adds required field {1}, breaks older version {2}")
    @CsvSource({
        "NONE, true, true", "BACKWARD, false, true", "BACKWARD_TRANSITIVE, false, false", "FORWARD, true, true",
        "FORWARD_TRANSITIVE, true, false", "FULL, false, true", "FULL_TRANSITIVE, false, false"})
    void eachCompatibilityLevelDecidesRegistrations(String level, boolean acceptsRequiredField,
            boolean acceptsBreakingAnOlderVersion) {
        String addingSubject = subject + "-adding";
        registry.put("/config/" + addingSubject, body(Map.of("compatibility", level)));
        registry.register(addingSubject, v1);
        String historySubject = subject + "-history";
        registry.put("/config/" + historySubject, body(Map.of("compatibility", "NONE")));
        registry.register(historySubject, aRecord(record).withInt("urn").json());
        registry.register(historySubject, v1);
        registry.put("/config/" + historySubject, body(Map.of("compatibility", level)));

        Reply adding = registry.post("/subjects/" + addingSubject + "/versions", schemaBody(withRequiredUnit));
        Reply history = registry.post("/subjects/" + historySubject + "/versions", schemaBody(withOptionalUnit));

        assertThat(adding.status()).as(adding.body()).isEqualTo(acceptsRequiredField ? 200 : 409);
        assertThat(history.status()).as(history.body()).isEqualTo(acceptsBreakingAnOlderVersion ? 200 : 409);
    }

    @Test
    void anUnknownSubjectIs40401() {
        for (String path : List.of("/subjects/nobody-value/versions", "/subjects/nobody-value/versions/latest")) {
            Reply reply = registry.get(path);

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.errorCode()).isEqualTo(40401);
            assertThat(reply.json().get("message").asString()).contains("nobody-value");
        }
    }

    @Test
    void unknownIdsAndVersionsHaveTheirOwnCodes() {
        registry.register(subject, v1);

        assertThat(registry.get("/schemas/ids/987654").errorCode()).isEqualTo(40403);
        assertThat(registry.get("/subjects/" + subject + "/versions/9").errorCode()).isEqualTo(40402);
        assertThat(registry.get("/subjects/" + subject + "/versions/zero").errorCode()).isEqualTo(42202);
        assertThat(registry.post("/subjects/" + subject, schemaBody(withOptionalUnit)).errorCode()).isEqualTo(40403);
    }

    @Test
    void softThenHardDeleteOfASubject() {
        int id = registry.register(subject, v1);

        Reply tooEarly = registry.delete("/subjects/" + subject + "?permanent=true");
        Reply soft = registry.delete("/subjects/" + subject);
        Reply hidden = registry.get("/subjects/" + subject + "/versions");
        Reply shown = registry.get("/subjects/" + subject + "/versions?deleted=true");
        Reply stillById = registry.get("/schemas/ids/" + id);
        Reply hard = registry.delete("/subjects/" + subject + "?permanent=true");

        assertThat(tooEarly.errorCode()).isEqualTo(40405);
        assertThat(soft.body()).isEqualTo("[1]");
        assertThat(hidden.errorCode()).isEqualTo(40401);
        assertThat(shown.body()).isEqualTo("[1]");
        assertThat(stillById.status()).isEqualTo(200);
        assertThat(hard.body()).isEqualTo("[1]");
        assertThat(registry.get("/subjects?deleted=true").json().toString()).doesNotContain("\"" + subject + "\"");
        assertThat(registry.get("/schemas/ids/" + id).errorCode()).isEqualTo(40403);
    }

    @Test
    void softThenHardDeleteOfAVersion() {
        registry.register(subject, v1);
        registry.register(subject, withOptionalUnit);

        assertThat(registry.delete("/subjects/" + subject + "/versions/1?permanent=true").errorCode()).isEqualTo(40407);
        assertThat(registry.delete("/subjects/" + subject + "/versions/1").body()).isEqualTo("1");
        assertThat(registry.delete("/subjects/" + subject + "/versions/1").errorCode()).isEqualTo(40406);
        assertThat(registry.delete("/subjects/" + subject + "/versions/1?permanent=true").body()).isEqualTo("1");
        assertThat(registry.get("/subjects/" + subject + "/versions?deleted=true").body()).isEqualTo("[2]");
    }

    @Test
    void reRegisteringAfterASoftDeleteKeepsTheIdWithTheNextVersion() {
        int id = registry.register(subject, v1);
        registry.delete("/subjects/" + subject);

        int again = registry.register(subject, v1);

        assertThat(again).isEqualTo(id);
        assertThat(registry.get("/subjects/" + subject + "/versions").body()).isEqualTo("[2]");
    }

    @Test
    void subjectConfigCanBeReadSetAndDeleted() {
        Reply unset = registry.get("/config/" + subject);
        Reply fallback = registry.get("/config/" + subject + "?defaultToGlobal=true");
        Reply set = registry.put("/config/" + subject, body(Map.of("compatibility", "FULL_TRANSITIVE")));
        Reply read = registry.get("/config/" + subject);
        Reply deleted = registry.delete("/config/" + subject);
        Reply invalid = registry.put("/config/" + subject, body(Map.of("compatibility", "SIDEWAYS")));

        assertThat(unset.errorCode()).isEqualTo(40408);
        assertThat(fallback.body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
        assertThat(set.body()).isEqualTo("{\"compatibility\":\"FULL_TRANSITIVE\"}");
        assertThat(read.body()).isEqualTo("{\"compatibilityLevel\":\"FULL_TRANSITIVE\"}");
        assertThat(deleted.body()).isEqualTo("{\"compatibilityLevel\":\"FULL_TRANSITIVE\"}");
        assertThat(registry.get("/config/" + subject).errorCode()).isEqualTo(40408);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.errorCode()).isEqualTo(42203);
    }

    @Test
    void globalConfigCanBeSetAndResetToBackward() {
        Reply set = registry.put("/config", body(Map.of("compatibility", "forward")));
        Reply read = registry.get("/config");
        Reply reset = registry.delete("/config");

        assertThat(set.body()).isEqualTo("{\"compatibility\":\"FORWARD\"}");
        assertThat(read.body()).isEqualTo("{\"compatibilityLevel\":\"FORWARD\"}");
        assertThat(reset.body()).isEqualTo("{\"compatibilityLevel\":\"FORWARD\"}");
        assertThat(registry.get("/config").body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
    }

    @Test
    void invalidSchemasAre42201WithTheParsersMessage() {
        Reply notJson = registry.post("/subjects/" + subject + "/versions", schemaBody("{\"type\":"));
        Reply notAvro = registry.post("/subjects/" + subject + "/versions",
                schemaBody(aRecord(record).withString("urn").json().replace("string", "strung")));
        Reply protobuf = registry.post("/subjects/" + subject + "/versions",
                body(Map.of("schema", "syntax = \"proto3\";", "schemaType", "PROTOBUF")));
        Reply badBody = registry.post("/subjects/" + subject + "/versions", "{\"schema\": ");

        assertThat(notJson.status()).isEqualTo(422);
        assertThat(notJson.errorCode()).isEqualTo(42201);
        assertThat(notAvro.errorCode()).isEqualTo(42201);
        assertThat(notAvro.json().get("message").asString()).contains("strung");
        assertThat(protobuf.errorCode()).isEqualTo(42201);
        assertThat(protobuf.json().get("message").asString()).contains("PROTOBUF");
        assertThat(badBody.status()).isEqualTo(400);
        assertThat(badBody.errorCode()).isEqualTo(400);
    }

    @Test
    void answersTheRootTypesModeAndHealth() {
        assertThat(registry.get("/").body()).isEqualTo("{}");
        assertThat(registry.get("/schemas/types").body()).isEqualTo("[\"AVRO\"]");
        assertThat(registry.get("/contexts").body()).isEqualTo("[\".\"]");
        assertThat(registry.get("/mode").body()).isEqualTo("{\"mode\":\"READWRITE\"}");
        assertThat(registry.put("/mode", body(Map.of("mode", "READWRITE"))).status()).isEqualTo(200);
        assertThat(registry.put("/mode", body(Map.of("mode", "IMPORT"))).errorCode()).isEqualTo(42204);
        assertThat(registry.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    }
}
