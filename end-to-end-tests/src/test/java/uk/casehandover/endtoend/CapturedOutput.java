package uk.casehandover.endtoend;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Everything this JVM writes to standard output and standard error from {@link #start()} to {@link #close()}, still
 * passed on: the services' log output (logback's console appender writes through {@code System.out} as it is at each
 * write), the broker's, the embedded PostgreSQL's and anything printed.
 */
final class CapturedOutput implements AutoCloseable {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    static CapturedOutput start() {
        CapturedOutput capture = new CapturedOutput();
        System.setOut(new PrintStream(new Tee(capture.out, capture.captured), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(capture.err, capture.captured), true, StandardCharsets.UTF_8));
        return capture;
    }

    /** What was written so far. */
    String text() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        System.setOut(out);
        System.setErr(err);
    }

    private static final class Tee extends OutputStream {
        private final OutputStream passOn;
        private final ByteArrayOutputStream copy;

        Tee(OutputStream passOn, ByteArrayOutputStream copy) {
            this.passOn = passOn;
            this.copy = copy;
        }

        @Override
        public void write(int b) {
            synchronized (copy) {
                copy.write(b);
            }
            try {
                passOn.write(b);
            } catch (java.io.IOException ignored) {
                // the console is gone; the copy is what matters here
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (copy) {
                copy.write(bytes, offset, length);
            }
            try {
                passOn.write(bytes, offset, length);
            } catch (java.io.IOException ignored) {
                // as above
            }
        }

        @Override
        public void flush() throws java.io.IOException {
            passOn.flush();
        }
    }
}
