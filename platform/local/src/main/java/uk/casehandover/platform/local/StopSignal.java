package uk.casehandover.platform.local;

import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into a request to stop, so that the main thread can shut the platform down in
 * order and exit 0 instead of the JVM's abrupt 130/143.
 */
final class StopSignal {

    private final CountDownLatch requested = new CountDownLatch(1);

    private StopSignal() {
    }

    static StopSignal install() {
        StopSignal stop = new StopSignal();
        for (String name : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(name), signal -> stop.requested.countDown());
        }
        return stop;
    }

    void await() {
        try {
            requested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
