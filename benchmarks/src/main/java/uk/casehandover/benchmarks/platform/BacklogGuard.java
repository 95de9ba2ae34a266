package uk.casehandover.benchmarks.platform;

/**
 * Says when a phase's offered rate is not being sustained: twice a second it compares the case files the police
 * service has sent with those CPS has applied, and trips once more than {@code limit} are in between.
 */
final class BacklogGuard implements AutoCloseable {

    private final Handovers handovers;
    private final long limit;
    private final Thread thread;
    private volatile boolean exceeded;
    private volatile boolean running = true;

    BacklogGuard(Handovers handovers, long limit) {
        this.handovers = handovers;
        this.limit = limit;
        this.thread = new Thread(this::watch, "backlog-guard");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void watch() {
        while (running && !exceeded) {
            try {
                long applied = handovers.appliedAtCps();
                long sent = handovers.sentByPolice();
                if (sent - applied > limit) {
                    exceeded = true;
                }
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                PlatformBenchmark.log("backlog guard: %s", e);
            }
        }
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(2000);
    }
}
