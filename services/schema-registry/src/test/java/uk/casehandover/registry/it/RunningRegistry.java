package uk.casehandover.registry.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.casehandover.platform.embedded.EmbeddedPostgres;
import uk.casehandover.registry.SchemaRegistryApplication;

/** The real registry application on a free port over a real PostgreSQL database, called over real HTTP. */
final class RunningRegistry implements AutoCloseable {

    static final String V1_JSON = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext context;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningRegistry(ConfigurableApplicationContext context) {
        this.context = context;
        this.baseUrl = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    static RunningRegistry start(EmbeddedPostgres postgres, String database) {
        postgres.createDatabaseIfMissing(database);
        return new RunningRegistry(new SpringApplicationBuilder(SchemaRegistryApplication.class).properties(
                "server.port=0",
                "spring.datasource.url=" + postgres.jdbcUrl(database),
                "spring.datasource.username=" + postgres.username(),
                "spring.datasource.password=" + postgres.password()).run());
    }

    /** An HTTP answer: status, content type and body (parsed when it is JSON). */
    record Reply(int status, String contentType, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        int errorCode() {
            return json().get("error_code").asInt();
        }
    }

    /** {"schema": ...} as Confluent's clients send it. */
    static String schemaBody(String schema) {
        return JSON.writeValueAsString(JSON.createObjectNode().put("schema", schema));
    }

    static String body(Map<String, ?> fields) {
        ObjectNode node = JSON.createObjectNode();
        fields.forEach((k, v) -> node.putPOJO(k, v));
        return JSON.writeValueAsString(node);
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    Reply delete(String path) {
        return send(request(path).DELETE());
    }

    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", V1_JSON).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply post(String path, String json, String contentType) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(request(path).header("Content-Type", V1_JSON).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Registers and answers the id, failing loudly if the registry refuses. */
    int register(String subject, String schema) {
        Reply reply = post("/subjects/" + subject + "/versions", schemaBody(schema));
        if (reply.status() != 200) {
            throw new AssertionError("registration refused: " + reply);
        }
        return reply.json().get("id").asInt();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("registry did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
