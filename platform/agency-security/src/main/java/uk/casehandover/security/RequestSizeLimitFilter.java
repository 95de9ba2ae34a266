package uk.casehandover.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over {@code casehandover.security.max-request-bytes} with 413 problem+json, before the
 * security filter chain and before any JSON is parsed: at once when the declared {@code Content-Length} is over the
 * limit; a chunked body (no declared length) after reading at most limit + 1 bytes into memory. A body with a
 * declared length within the limit is passed on without buffering (the server reads no more than that length as the
 * body), so the common case costs nothing. Nothing of the body is logged.
 */
final class RequestSizeLimitFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestSizeLimitFilter.class);

    private final long maxBytes;

    RequestSizeLimitFilter(long maxBytes) {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("casehandover.security.max-request-bytes must be between 1 byte and 2 GB");
        }
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(request, response);
            return;
        }
        if (declared >= 0 || request.getHeader("Transfer-Encoding") == null) {
            // a declared length within the limit bounds what the server reads as the body: nothing to buffer
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LOG.info("Request body over {} bytes refused: {} {}", maxBytes, request.getMethod(), request.getRequestURI()
                .replaceAll("[^A-Za-z0-9/_.-]", "?").replaceAll("/api/([^/]+)/[^/]+", "/api/$1/{id}"));
        ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE, "Request too large",
                "The request body must be at most " + maxBytes + " bytes.");
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) != -1) {
            out.write(buffer, 0, n);
            total += n;
        }
        return out.toByteArray();
    }

    /** The request with its already-read body served again from memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = StandardCharsets.UTF_8;
            try {
                charset = encoding == null ? charset : Charset.forName(encoding);
            } catch (IllegalArgumentException unknownOrIllegalName) {
                // a made-up charset is the JSON reader's problem (400), not a reason to fail here
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
