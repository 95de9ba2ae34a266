package uk.casehandover.platform.embedded;

import java.io.OutputStream;
import java.io.PrintStream;

/** Swallows the storage formatter's console chatter; failures still surface as exceptions. */
final class QuietPrintStream extends PrintStream {

    static final QuietPrintStream INSTANCE = new QuietPrintStream();

    private QuietPrintStream() {
        super(OutputStream.nullOutputStream());
    }
}
