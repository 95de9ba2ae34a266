package uk.casehandover.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Hostile request bodies and parameters for the services' bad-input suites (threat model P10, issue 5 "Bad input"):
 * injection strings, bodies of the wrong shape or type, unknown fields, huge arrays and bodies over the request-size
 * limit, built from a valid body given as plain maps and lists, plus a bare HTTP client that keeps the answer's status,
 * content type and text. No JSON library: the bodies are written here so that any bytes can be sent.
 */
public final class HostileInput {

    /** The platform's default {@code casehandover.security.max-request-bytes} (agency-security): 512 KiB. */
    public static final int MAX_REQUEST_BYTES = 512 * 1024;
    /** The number of items in a huge array. */
    public static final int HUGE = 100_000;

    private HostileInput() {
    }

    /** A named hostile value; the name is what a parameterized test shows. */
    public record Hostile(String name, String value) {
        /**
         * Whether the value is legitimate printable text, which a free-text field may accept and store as it is
         * (SQL, markup, lookup syntax, a path: harmless as data); NUL, other controls, broken Unicode and blanks are not.
         */
        public boolean isPrintableText() {
            return !value.isBlank() && value.chars().noneMatch(c -> Character.isISOControl(c) || Character.isSurrogate((char) c));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Injection and abuse strings, each of which a service must refuse or store as inert text, never fail on. */
    public static List<Hostile> strings() {
        return List.of(
                new Hostile("sql", "'; DROP TABLE cases; --"),
                new Hostile("sql-or", "x' OR '1'='1"),
                new Hostile("script", "<script>alert(1)</script>"),
                new Hostile("jndi", "${jndi:ldap://x}"),
                new Hostile("spel", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
                new Hostile("traversal", "../../etc/passwd"),
                new Hostile("nul", "A\u0000B"),
                new Hostile("control", "\u0001\u0007\b\u001b[31m\r\nX-Injected: 1"),
                new Hostile("bidi", "\u202Egnp.exe"),
                new Hostile("lone-surrogate", "\uD800"),
                new Hostile("10000-chars", "A".repeat(10_000)),
                new Hostile("empty", ""),
                new Hostile("blank", "   "));
    }

    /** A request body and the field it is about, for a parameterized test's name. */
    public record Body(String field, String json) {
        @Override
        public String toString() {
            return field;
        }
    }

    /** The valid body once per string leaf (also inside lists and nested objects), that leaf replaced by value. */
    public static List<Body> eachStringReplaced(Map<String, ?> valid, String value) {
        return eachLeaf(valid, leaf -> leaf instanceof String ? value : NO_CHANGE);
    }

    /**
     * The valid body once per field with a value of the wrong JSON type: a number for a string, text for a number or
     * boolean, an object for a list, a list for an object.
     */
    public static List<Body> eachFieldOfTheWrongType(Map<String, ?> valid) {
        List<Body> bodies = new ArrayList<>(eachLeaf(valid, leaf -> leaf instanceof String ? 12345
                : leaf instanceof Number || leaf instanceof Boolean ? "not-a-" + leaf.getClass().getSimpleName()
                : NO_CHANGE));
        for (var entry : valid.entrySet()) {
            Object wrong = entry.getValue() instanceof List<?> ? Map.of("0", "x")
                    : entry.getValue() instanceof Map<?, ?> ? List.of("x") : null;
            if (wrong != null) {
                Map<String, Object> copy = new LinkedHashMap<>(valid);
                copy.put(entry.getKey(), wrong);
                bodies.add(new Body(entry.getKey(), json(copy)));
            }
        }
        return bodies;
    }

    /** The valid body with one more field, which no endpoint knows. */
    public static Body withAnUnknownField(Map<String, ?> valid) {
        Map<String, Object> copy = new LinkedHashMap<>(valid);
        copy.put("victimName", "Synthetic Name");
        return new Body("victimName", json(copy));
    }

    /**
     * The valid body once per list field, that list replaced by {@link #HUGE} copies of its first item (or of "x"),
     * and once by {@link #HUGE} numbers (under the size limit, so it reaches the JSON reader).
     */
    public static List<Body> eachListHuge(Map<String, ?> valid) {
        List<Body> bodies = new ArrayList<>();
        for (var entry : valid.entrySet()) {
            if (entry.getValue() instanceof List<?> list) {
                Object item = list.isEmpty() ? "x" : list.get(0);
                Map<String, Object> copies = new LinkedHashMap<>(valid);
                copies.put(entry.getKey(), java.util.Collections.nCopies(HUGE, item));
                bodies.add(new Body(entry.getKey() + " x" + HUGE, json(copies)));
                Map<String, Object> numbers = new LinkedHashMap<>(valid);
                numbers.put(entry.getKey(), java.util.Collections.nCopies(HUGE, 0));
                bodies.add(new Body(entry.getKey() + " x" + HUGE + " numbers", json(numbers)));
            }
        }
        return bodies;
    }

    /** Bodies that are not a JSON object: not JSON, a JSON array, a scalar, null, deeply nested, truncated. */
    public static List<Body> notAnObject(Map<String, ?> valid) {
        String good = json(valid);
        return List.of(new Body("not json", "{not json"),
                new Body("xml", "<case><urn>01</urn></case>"),
                new Body("array", "[" + good + "]"),
                new Body("string", "\"" + "x" + "\""),
                new Body("number", "42"),
                new Body("truncated", good.substring(0, good.length() / 2)),
                new Body("trailing garbage", good + "}}"),
                new Body("deeply nested", "[".repeat(100_000) + "]".repeat(100_000)),
                new Body("deeply nested object", "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)),
                new Body("invalid utf-8", new String(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'},
                        StandardCharsets.ISO_8859_1)));
    }

    /** A syntactically valid JSON object of exactly {@code bytes} bytes. */
    public static String jsonOfSize(int bytes) {
        String head = "{\"padding\":\"";
        String tail = "\"}";
        return head + "A".repeat(bytes - head.length() - tail.length()) + tail;
    }

    /** The value, percent-encoded as one path segment. */
    public static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Plain maps, lists, strings, numbers, booleans and null as JSON text. */
    public static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    // ---- HTTP ----

    /** An answer as received: status, Content-Type (or ""), and the body text. */
    public record Answer(int status, String contentType, String body) {
        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /**
     * Adds to {@code wrong} what is wrong with an answer to hostile input: anything but a 4xx, a 4xx that is not
     * problem+json, or an answer that echoes the hostile text. In a URL ({@code inUrl}), Tomcat itself refuses an
     * encoded slash, NUL or a request line over its 8 KiB limit with 400 and its own (HTML, non-echoing) page before
     * any application code runs: accepted there.
     */
    public static void check(String what, Answer answer, String hostileText, List<String> wrong, boolean inUrl) {
        if (answer.status() < 400 || answer.status() >= 500) {
            wrong.add(what + ": answered " + answer.status() + " " + abbreviated(answer.body()));
        } else if (inUrl && answer.status() == 400 && answer.contentType().startsWith("text/html")) {
            if (hostileText != null && hostileText.length() >= 8 && answer.body().contains(hostileText)) {
                wrong.add(what + ": Tomcat's page echoes the hostile text");
            }
        } else if (!answer.isProblem()) {
            wrong.add(what + ": " + answer.status() + " is not problem+json but '" + answer.contentType() + "'");
        } else if (hostileText != null && hostileText.length() >= 8 && answer.body().contains(hostileText)) {
            wrong.add(what + ": the answer echoes the hostile text");
        }
    }

    /** A body cut to 300 characters, for failure messages. */
    public static String abbreviated(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    public static Answer post(int port, String path, String token, String body) {
        return send(port, path, token, "POST", body);
    }

    public static Answer get(int port, String path, String token) {
        return send(port, path, token, "GET", null);
    }

    /** Sends bytes as given (ISO-8859-1 of the text, so a test can send invalid UTF-8) as application/json. */
    public static Answer send(int port, String path, String token, String method, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(bytes(body));
        try {
            HttpResponse<String> response = HTTP.send(request.method(method, publisher).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String body) {
        boolean latin1 = body.chars().allMatch(c -> c < 0x100);
        return latin1 && body.chars().anyMatch(c -> c >= 0x80) ? body.getBytes(StandardCharsets.ISO_8859_1)
                : body.getBytes(StandardCharsets.UTF_8);
    }

    // ---- JSON writing and walking ----

    private static final Object NO_CHANGE = new Object();

    private static List<Body> eachLeaf(Map<String, ?> valid, Function<Object, Object> replace) {
        List<Body> bodies = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        collect(valid, "", paths);
        for (String path : paths) {
            Object replaced = replaceAt(valid, path, replace);
            if (replaced != NO_CHANGE) {
                bodies.add(new Body(path, json(replaced)));
            }
        }
        return bodies;
    }

    private static void collect(Object node, String path, List<String> paths) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collect(v, path.isEmpty() ? (String) k : path + "." + k, paths));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), path + "[" + i + "]", paths);
            }
        } else {
            paths.add(path);
        }
    }

    /** A copy of node with the leaf at path replaced, or NO_CHANGE when replace declines. */
    private static Object replaceAt(Object node, String path, Function<Object, Object> replace) {
        return replaceAt(node, "", path, replace);
    }

    private static Object replaceAt(Object node, String here, String target, Function<Object, Object> replace) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            Object result = NO_CHANGE;
            for (var entry : map.entrySet()) {
                String p = here.isEmpty() ? (String) entry.getKey() : here + "." + entry.getKey();
                Object value = entry.getValue();
                if (target.equals(p) || target.startsWith(p + ".") || target.startsWith(p + "[")) {
                    value = replaceAt(value, p, target, replace);
                    if (value == NO_CHANGE) {
                        return NO_CHANGE;
                    }
                    result = copy;
                }
                copy.put(entry.getKey(), value);
            }
            return result;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list);
            for (int i = 0; i < list.size(); i++) {
                String p = here + "[" + i + "]";
                if (target.equals(p) || target.startsWith(p + ".") || target.startsWith(p + "[")) {
                    Object value = replaceAt(list.get(i), p, target, replace);
                    if (value == NO_CHANGE) {
                        return NO_CHANGE;
                    }
                    copy.set(i, value);
                    return copy;
                }
            }
            return NO_CHANGE;
        }
        return here.equals(target) ? replace.apply(node) : NO_CHANGE;
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            out.append('"');
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20 || Character.isSurrogate(c)) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (var entry : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                write(out, String.valueOf(entry.getKey()));
                out.append(':');
                write(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not JSON: " + value.getClass());
        }
    }
}
