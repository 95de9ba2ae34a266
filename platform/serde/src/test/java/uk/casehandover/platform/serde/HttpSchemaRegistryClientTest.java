package uk.casehandover.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpSchemaRegistryClientTest {

    private static final String SCHEMA = "{\"type\":\"record\",\"name\":\"Ping\",\"namespace\":\"uk.casehandover.common.v1\","
            + "\"fields\":[{\"name\":\"eventId\",\"type\":\"string\"}]}";
    private static final String SCHEMA_JSON = "\"" + SCHEMA.replace("\"", "\\\"") + "\"";
    private static final String SUBJECT = "police.to.cps-uk.casehandover.common.v1.Ping";

    private CannedRegistryServer server;
    private HttpSchemaRegistryClient client;

    @BeforeEach
    void startServer() throws IOException {
        server = new CannedRegistryServer();
        client = HttpSchemaRegistryClient.of(server.url());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void registersASchemaWithConfluentsContentTypeAndAcceptHeader() {
        // given
        server.answer("POST /subjects/" + SUBJECT + "/versions", 200, "{\"id\":7}");

        // when
        int id = client.register(SUBJECT, SCHEMA);

        // then
        assertThat(id).isEqualTo(7);
        CannedRegistryServer.Request request = server.lastRequest();
        assertThat(request.header("Content-Type")).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(request.header("Accept")).isEqualTo("application/vnd.schemaregistry.v1+json,"
                + " application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5");
        assertThat(request.body()).isEqualTo("{\"schema\":" + SCHEMA_JSON + "}");
    }

    @Test
    void looksUpTheRegistrationOfASchemaUnderASubject() {
        // given
        server.answer("POST /subjects/" + SUBJECT, 200,
                "{\"subject\":\"" + SUBJECT + "\",\"id\":7,\"version\":2,\"schema\":" + SCHEMA_JSON + "}");

        // when
        RegisteredSchema found = client.lookup(SUBJECT, SCHEMA);

        // then
        assertThat(found).isEqualTo(new RegisteredSchema(SUBJECT, 7, 2, SCHEMA));
    }

    @Test
    void fetchesASchemaByIdTheLatestAndAGivenVersion() {
        // given
        String registered = "{\"subject\":\"" + SUBJECT + "\",\"id\":7,\"version\":3,\"schema\":" + SCHEMA_JSON + "}";
        server.answer("GET /schemas/ids/7", 200, "{\"schema\":" + SCHEMA_JSON + "}")
                .answer("GET /subjects/" + SUBJECT + "/versions/latest", 200, registered)
                .answer("GET /subjects/" + SUBJECT + "/versions/3", 200, registered);

        // then
        assertThat(client.schemaById(7)).isEqualTo(SCHEMA);
        assertThat(client.latest(SUBJECT).version()).isEqualTo(3);
        assertThat(client.version(SUBJECT, 3).id()).isEqualTo(7);
    }

    @Test
    void listsSubjectsAndVersions() {
        // given
        server.answer("GET /subjects", 200, "[\"" + SUBJECT + "\",\"cps.to.police-value\"]")
                .answer("GET /subjects/" + SUBJECT + "/versions", 200, "[1,2,3]");

        // then
        assertThat(client.subjects()).containsExactly(SUBJECT, "cps.to.police-value");
        assertThat(client.versions(SUBJECT)).containsExactly(1, 2, 3);
    }

    @Test
    void testsCompatibilityVerboselyAgainstTheLatestOrAGivenVersion() {
        // given
        server.answer("POST /compatibility/subjects/" + SUBJECT + "/versions/latest?verbose=true", 200,
                        "{\"is_compatible\":false,\"messages\":[\"{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE',"
                                + " description:'The field 'urn' at path '/fields/1' in the new schema has no default value'}\"]}")
                .answer("POST /compatibility/subjects/" + SUBJECT + "/versions/1?verbose=true", 200,
                        "{\"is_compatible\":true,\"messages\":[]}");

        // when
        CompatibilityResult latest = client.testCompatibility(SUBJECT, SCHEMA);
        CompatibilityResult first = client.testCompatibility(SUBJECT, SCHEMA, 1);

        // then
        assertThat(latest.isCompatible()).isFalse();
        assertThat(latest.messages()).singleElement().asString().contains("READER_FIELD_MISSING_DEFAULT_VALUE");
        assertThat(first).isEqualTo(new CompatibilityResult(true, java.util.List.of()));
    }

    @Test
    void readsAndUpdatesCompatibilityGloballyAndPerSubject() {
        // given
        server.answer("GET /config", 200, "{\"compatibilityLevel\":\"BACKWARD\"}")
                .answer("PUT /config", 200, "{\"compatibility\":\"FULL\"}")
                .answer("GET /config/" + SUBJECT, 200, "{\"compatibilityLevel\":\"FULL_TRANSITIVE\"}")
                .answer("PUT /config/" + SUBJECT, 200, "{\"compatibility\":\"FULL_TRANSITIVE\"}");

        // then
        assertThat(client.compatibility()).isEqualTo("BACKWARD");
        assertThat(client.updateCompatibility("FULL")).isEqualTo("FULL");
        assertThat(server.lastRequest().body()).isEqualTo("{\"compatibility\":\"FULL\"}");
        assertThat(client.compatibility(SUBJECT)).isEqualTo("FULL_TRANSITIVE");
        assertThat(client.updateCompatibility(SUBJECT, "FULL_TRANSITIVE")).isEqualTo("FULL_TRANSITIVE");
    }

    @Test
    void readsAndUpdatesTheMode() {
        // given
        server.answer("GET /mode", 200, "{\"mode\":\"READWRITE\"}")
                .answer("GET /mode/" + SUBJECT, 200, "{\"mode\":\"READONLY\"}")
                .answer("PUT /mode", 200, "{\"mode\":\"IMPORT\"}");

        // then
        assertThat(client.mode()).isEqualTo("READWRITE");
        assertThat(client.mode(SUBJECT)).isEqualTo("READONLY");
        assertThat(client.updateMode("IMPORT")).isEqualTo("IMPORT");
        assertThat(server.lastRequest().body()).isEqualTo("{\"mode\":\"IMPORT\"}");
    }

    @Test
    void deletesSubjectsAndVersionsSoftlyOrPermanently() {
        // given
        server.answer("DELETE /subjects/" + SUBJECT, 200, "[1,2]")
                .answer("DELETE /subjects/" + SUBJECT + "?permanent=true", 200, "[1,2]")
                .answer("DELETE /subjects/" + SUBJECT + "/versions/2", 200, "2")
                .answer("DELETE /subjects/" + SUBJECT + "/versions/2?permanent=true", 200, "2");

        // then
        assertThat(client.deleteSubject(SUBJECT, false)).containsExactly(1, 2);
        assertThat(client.deleteSubject(SUBJECT, true)).containsExactly(1, 2);
        assertThat(server.lastRequest().pathAndQuery()).endsWith("?permanent=true");
        assertThat(client.deleteVersion(SUBJECT, 2, false)).isEqualTo(2);
        assertThat(client.deleteVersion(SUBJECT, 2, true)).isEqualTo(2);
    }

    @Test
    void encodesSubjectsThatAreNotSafeInAPath() {
        // given
        server.answer("GET /subjects/a%2Fb%20c/versions", 200, "[1]");

        // then
        assertThat(client.versions("a/b c")).containsExactly(1);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "404, 40401, Subject 'x' not found.",
            "404, 40402, Version 9 not found.",
            "404, 40403, Schema 99 not found",
            "409, 409, Schema being registered is incompatible with an earlier schema",
            "422, 42201, Invalid schema",
            "422, 42203, Invalid compatibility level. Valid values are none, backward, forward, full",
            "500, 50001, Error in the backend data store"})
    void mapsConfluentErrorsToStatusCodeAndMessage(int status, int errorCode, String message) {
        // given
        server.answer("GET /subjects/" + SUBJECT + "/versions/latest", status,
                "{\"error_code\":" + errorCode + ",\"message\":\"" + message + "\"}");

        // then
        assertThatThrownBy(() -> client.latest(SUBJECT))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.errorCode()).isEqualTo(errorCode);
                })
                .hasMessageContaining(message)
                .hasMessageContaining("GET /subjects/" + SUBJECT + "/versions/latest");
    }

    @Test
    void reportsAnErrorWithoutConfluentsBodyByItsStatus() {
        // given
        server.answerPlain("GET /schemas/ids/1", 502, "<html>Bad Gateway</html>");

        // then
        assertThatThrownBy(() -> client.schemaById(1))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.status()).isEqualTo(502);
                    assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.UNPARSEABLE_ERROR_BODY);
                })
                .hasMessageContaining("HTTP 502 without a Confluent error body");
    }

    @Test
    void failsOverToTheNextUrlWhenOneCannotBeReached() throws IOException {
        // given
        server.answer("GET /config", 200, "{\"compatibilityLevel\":\"BACKWARD\"}");
        HttpSchemaRegistryClient failover = HttpSchemaRegistryClient.of("http://127.0.0.1:" + unusedPort() + ","
                + server.url());

        // when
        String level = failover.compatibility();

        // then
        assertThat(level).isEqualTo("BACKWARD");
    }

    @Test
    void saysWhichUrlsItTriedWhenNoneCanBeReached() throws IOException {
        // given
        int port = unusedPort();
        HttpSchemaRegistryClient nowhere = HttpSchemaRegistryClient.of("http://127.0.0.1:" + port);

        // then
        assertThatThrownBy(nowhere::subjects)
                .isInstanceOf(SchemaRegistryUnreachableException.class)
                .hasMessageContaining("No schema registry reachable at [http://127.0.0.1:" + port + "]");
    }

    @Test
    void sendsBasicAuthFromUserInfo() {
        // given
        server.answer("GET /subjects", 200, "[]");
        HttpSchemaRegistryClient authenticated = new HttpSchemaRegistryClient(SchemaRegistryClientConfig.fromConfigs(Map.of(
                "schema.registry.url", server.url(),
                "basic.auth.credentials.source", "USER_INFO",
                "basic.auth.user.info", "cps-reader:not-a-real-secret")));

        // when
        authenticated.subjects();

        // then
        assertThat(server.lastRequest().header("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("cps-reader:not-a-real-secret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sendsNoAuthorizationWithoutCredentials() {
        // given
        server.answer("GET /subjects", 200, "[]");

        // when
        client.subjects();

        // then
        assertThat(server.lastRequest().header("Authorization")).isNull();
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
