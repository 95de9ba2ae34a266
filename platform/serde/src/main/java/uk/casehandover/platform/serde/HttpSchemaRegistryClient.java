package uk.casehandover.platform.serde;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Confluent Schema Registry REST client on {@code java.net.http}, uncached (wrap it in
 * {@link CachedSchemaRegistryClient} for serializers). Sends Confluent's content type and {@code Accept} header.
 * When a registry URL cannot be reached it fails over to the next one and keeps using whichever answered;
 * an HTTP error answered by a registry is not retried elsewhere but becomes a {@link SchemaRegistryException}.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    static final String ACCEPT = "application/vnd.schemaregistry.v1+json,"
            + " application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";

    private static final Logger log = LoggerFactory.getLogger(HttpSchemaRegistryClient.class);

    private final SchemaRegistryClientConfig config;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final String authorization;
    private final AtomicInteger current = new AtomicInteger();

    public HttpSchemaRegistryClient(SchemaRegistryClientConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.authorization = config.userInfo() == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(config.userInfo().getBytes(StandardCharsets.UTF_8));
    }

    public static HttpSchemaRegistryClient of(String urls) {
        return new HttpSchemaRegistryClient(SchemaRegistryClientConfig.of(urls));
    }

    @Override
    public int register(String subject, String schema) {
        return send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema)).path("id").asInt();
    }

    @Override
    public RegisteredSchema lookup(String subject, String schema) {
        return registered(send("POST", "/subjects/" + encode(subject), schemaBody(schema)));
    }

    @Override
    public String schemaById(int id) {
        return send("GET", "/schemas/ids/" + id, null).path("schema").asText();
    }

    @Override
    public RegisteredSchema latest(String subject) {
        return registered(send("GET", "/subjects/" + encode(subject) + "/versions/latest", null));
    }

    @Override
    public RegisteredSchema version(String subject, int version) {
        return registered(send("GET", "/subjects/" + encode(subject) + "/versions/" + version, null));
    }

    @Override
    public List<String> subjects() {
        List<String> subjects = new ArrayList<>();
        send("GET", "/subjects", null).forEach(node -> subjects.add(node.asText()));
        return subjects;
    }

    @Override
    public List<Integer> versions(String subject) {
        return integers(send("GET", "/subjects/" + encode(subject) + "/versions", null));
    }

    @Override
    public CompatibilityResult testCompatibility(String subject, String schema) {
        return compatibility(subject, schema, "latest");
    }

    @Override
    public CompatibilityResult testCompatibility(String subject, String schema, int version) {
        return compatibility(subject, schema, Integer.toString(version));
    }

    @Override
    public String compatibility() {
        return level(send("GET", "/config", null));
    }

    @Override
    public String compatibility(String subject) {
        return level(send("GET", "/config/" + encode(subject), null));
    }

    @Override
    public String updateCompatibility(String level) {
        return level(send("PUT", "/config", json.createObjectNode().put("compatibility", level)));
    }

    @Override
    public String updateCompatibility(String subject, String level) {
        return level(send("PUT", "/config/" + encode(subject), json.createObjectNode().put("compatibility", level)));
    }

    @Override
    public String mode() {
        return send("GET", "/mode", null).path("mode").asText();
    }

    @Override
    public String mode(String subject) {
        return send("GET", "/mode/" + encode(subject), null).path("mode").asText();
    }

    @Override
    public String updateMode(String mode) {
        return send("PUT", "/mode", json.createObjectNode().put("mode", mode)).path("mode").asText();
    }

    @Override
    public List<Integer> deleteSubject(String subject, boolean permanent) {
        return integers(send("DELETE", "/subjects/" + encode(subject) + (permanent ? "?permanent=true" : ""), null));
    }

    @Override
    public int deleteVersion(String subject, int version, boolean permanent) {
        return send("DELETE", "/subjects/" + encode(subject) + "/versions/" + version
                + (permanent ? "?permanent=true" : ""), null).asInt();
    }

    private CompatibilityResult compatibility(String subject, String schema, String version) {
        JsonNode answer = send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/" + version
                + "?verbose=true", schemaBody(schema));
        List<String> messages = new ArrayList<>();
        answer.path("messages").forEach(node -> messages.add(node.isTextual() ? node.asText() : node.toString()));
        return new CompatibilityResult(answer.path("is_compatible").asBoolean(false), messages);
    }

    private JsonNode send(String method, String pathAndQuery, ObjectNode body) {
        List<URI> urls = config.urls();
        int start = current.get();
        IOException lastFailure = null;
        for (int attempt = 0; attempt < urls.size(); attempt++) {
            int index = (start + attempt) % urls.size();
            URI base = urls.get(index);
            try {
                JsonNode answer = exchange(base, method, pathAndQuery, body);
                current.set(index);
                return answer;
            } catch (IOException e) {
                lastFailure = e;
                log.warn("Schema registry at {} unreachable for {} {}: {}", base, method, pathOnly(pathAndQuery),
                        e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryUnreachableException("Interrupted while calling the schema registry", e);
            }
        }
        throw new SchemaRegistryUnreachableException("No schema registry reachable at " + urls + " for " + method
                + " " + pathOnly(pathAndQuery) + ": " + lastFailure, lastFailure);
    }

    private JsonNode exchange(URI base, String method, String pathAndQuery, ObjectNode body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(config.readTimeout())
                .header("Accept", ACCEPT);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.header("Content-Type", CONTENT_TYPE)
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw error(response, method, pathAndQuery);
        }
        try {
            return json.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new SchemaRegistryException(response.statusCode(), SchemaRegistryException.UNPARSEABLE_ERROR_BODY,
                    "Schema registry answered " + method + " " + pathOnly(pathAndQuery) + " with a body that is not JSON",
                    e);
        }
    }

    private SchemaRegistryException error(HttpResponse<String> response, String method, String pathAndQuery) {
        int status = response.statusCode();
        String what = "Schema registry refused " + method + " " + pathOnly(pathAndQuery) + ": ";
        try {
            JsonNode answer = json.readTree(response.body());
            if (answer != null && answer.has("error_code")) {
                return new SchemaRegistryException(status, answer.path("error_code").asInt(),
                        what + answer.path("message").asText(""));
            }
        } catch (JsonProcessingException e) {
            // fall through: not Confluent's error body
        }
        return new SchemaRegistryException(status, SchemaRegistryException.UNPARSEABLE_ERROR_BODY,
                what + "HTTP " + status + " without a Confluent error body");
    }

    private ObjectNode schemaBody(String schema) {
        return json.createObjectNode().put("schema", schema);
    }

    private static RegisteredSchema registered(JsonNode node) {
        return new RegisteredSchema(node.path("subject").asText(), node.path("id").asInt(),
                node.path("version").asInt(), node.path("schema").asText());
    }

    private static List<Integer> integers(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asInt()));
        return values;
    }

    private static String level(JsonNode node) {
        JsonNode level = node.has("compatibilityLevel") ? node.get("compatibilityLevel") : node.get("compatibility");
        return level == null ? null : level.asText();
    }

    private static String encode(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String pathOnly(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }
}
