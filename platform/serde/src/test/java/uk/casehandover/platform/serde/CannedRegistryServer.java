package uk.casehandover.platform.serde;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A JDK HTTP server that answers with canned Confluent Schema Registry responses (shapes copied from Confluent's
 * API reference) and records what it was sent. Only for unit tests of the client's HTTP mapping.
 */
final class CannedRegistryServer implements AutoCloseable {

    record Request(String method, String pathAndQuery, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private record Answer(int status, String body, String contentType) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    CannedRegistryServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String pathAndQuery = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(exchange.getRequestMethod(), pathAndQuery, Map.copyOf(exchange.getRequestHeaders()),
                    body));
            Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + pathAndQuery,
                    new Answer(404, "{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}",
                            HttpSchemaRegistryClient.CONTENT_TYPE));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
    }

    CannedRegistryServer answer(String methodAndPath, int status, String json) {
        answers.put(methodAndPath, new Answer(status, json, HttpSchemaRegistryClient.CONTENT_TYPE));
        return this;
    }

    CannedRegistryServer answerPlain(String methodAndPath, int status, String text) {
        answers.put(methodAndPath, new Answer(status, text, "text/html"));
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Request lastRequest() {
        return requests.get(requests.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
