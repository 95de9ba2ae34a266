package uk.casehandover.timeliness;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.casehandover.timeliness.clock.ClockBook;
import uk.casehandover.timeliness.receipt.ReceiptBook;

/**
 * Runs the overdue and breach sweeps every {@code casehandover.timeliness.sweep-interval} (after the previous one
 * ended), batch after batch until a batch comes back short. Each batch is one transaction; replicas skip each other's
 * locked rows, so every replica may sweep.
 */
@Component
public class Sweeps {

    private static final Logger log = LoggerFactory.getLogger(Sweeps.class);

    private final ReceiptBook receipts;
    private final ClockBook clocks;
    private final int batchSize;

    Sweeps(ReceiptBook receipts, ClockBook clocks, TimelinessProperties properties) {
        this.receipts = receipts;
        this.clocks = clocks;
        this.batchSize = properties.getSweepBatchSize();
    }

    @Scheduled(fixedDelayString = "${casehandover.timeliness.sweep-interval}",
            initialDelayString = "${casehandover.timeliness.sweep-interval}")
    public void scheduled() {
        try {
            sweep();
        } catch (RuntimeException failed) {
            log.warn("timeliness sweep failed ({}); the next one retries", failed.getClass().getName(), failed);
        }
    }

    /** Raises every overdue handover and every breached clock due now; returns how many events were raised. */
    public int sweep() {
        int raised = 0;
        int batch;
        do {
            batch = receipts.raiseOverdue(batchSize);
            raised += batch;
        } while (batch == batchSize);
        do {
            batch = clocks.raiseBreaches(batchSize);
            raised += batch;
        } while (batch == batchSize);
        if (raised > 0) {
            log.info("timeliness sweep raised {} event(s)", raised);
        }
        return raised;
    }
}
