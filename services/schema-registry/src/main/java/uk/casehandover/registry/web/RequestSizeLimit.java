package uk.casehandover.registry.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.casehandover.registry.schema.AvroSchemaParser;

/**
 * Rule: a request body is at most {@link #MAX_BYTES} bytes (room for the largest schema, JSON-escaped). A declared
 * larger body is refused with 413 before it is read; an undeclared (chunked) one stops being read at the limit.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 4L * AvroSchemaParser.MAX_SCHEMA_CHARS;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.setStatus(413);
            response.setContentType(ConfluentMediaTypes.V1_JSON);
            response.getWriter().write("{\"error_code\":413,\"message\":\"The request body exceeds " + MAX_BYTES
                    + " bytes\"}");
            return;
        }
        chain.doFilter(new Bounded(request), response);
    }

    private static final class Bounded extends HttpServletRequestWrapper {

        Bounded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream body = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = body.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = body.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > MAX_BYTES) {
                        throw new IOException("the request body exceeds " + MAX_BYTES + " bytes");
                    }
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
    }
}
