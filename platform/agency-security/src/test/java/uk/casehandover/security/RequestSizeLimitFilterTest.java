package uk.casehandover.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class RequestSizeLimitFilterTest {

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(100);

    @Test
    void aDeclaredLengthOverTheLimitIsRefused413AsAProblemWithoutCallingTheChain() throws Exception {
        MockHttpServletRequest request = post("x".repeat(101));
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<HttpServletRequest> passed = new AtomicReference<>();

        filter.doFilter(request, response, (req, res) -> passed.set((HttpServletRequest) req));

        assertThat(passed.get()).isNull();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":413", "at most 100 bytes");
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedAfterReadingOneByteMore() throws Exception {
        MockHttpServletRequest unsized = new MockHttpServletRequest("POST", "/api/cases") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        unsized.addHeader("Transfer-Encoding", "chunked");
        unsized.setContent("x".repeat(5_000).getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(unsized, response, (req, res) -> {
            throw new AssertionError("the chain must not run");
        });

        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void aBodyWithinTheLimitReachesTheChainUnchanged() throws Exception {
        String body = "{\"note\":\"Synthetic – ünïcode\"}";
        MockHttpServletRequest request = post(body);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<String> read = new AtomicReference<>();

        filter.doFilter(request, response, (req, res) ->
                read.set(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));

        assertThat(read.get()).isEqualTo(body);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void strictJsonRefusesUnknownPropertiesAndValuesOfTheWrongJsonType() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJson().customize(builder);
        JsonMapper json = builder.build();

        assertThat(json.readValue("{\"text\":\"a\",\"number\":1,\"flag\":true}", Sample.class))
                .isEqualTo(new Sample("a", 1L, true));
        for (String bad : new String[] {"{\"text\":12345}", "{\"text\":true}", "{\"number\":\"1\"}",
                "{\"number\":1.5}", "{\"flag\":\"true\"}", "{\"flag\":1}", "{\"victimName\":\"x\"}",
                "{\"text\":\"a\"} {}"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.readValue(bad, Sample.class)).as(bad)
                    .isInstanceOf(JacksonException.class);
        }
    }

    record Sample(String text, Long number, Boolean flag) {
    }

    private static MockHttpServletRequest post(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/cases");
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
