package uk.casehandover.timeliness.receipt;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import uk.casehandover.common.v1.HandoverAcknowledged;
import uk.casehandover.cps.v1.CaseFileReceiptAcknowledged;
import uk.casehandover.isva.v1.VictimUpdateAcknowledged;

/**
 * Which handovers expect an acknowledgement and which event acknowledges what, as the agency services behave:
 * <ul>
 *   <li>CPS answers a CaseFileSubmitted with CaseFileReceiptAcknowledged (naming the file's eventId) and every other
 *       police handover with HandoverAcknowledged;</li>
 *   <li>the police answer every CPS handover with HandoverAcknowledged;</li>
 *   <li>the ISVA service answers every consent event and victim update with HandoverAcknowledged on receipt, and an
 *       ISVA person later marks an update read with VictimUpdateAcknowledged; either closes the update's receipt.</li>
 * </ul>
 * Acknowledgements themselves (HandoverAcknowledged, CaseFileReceiptAcknowledged, VictimUpdateAcknowledged) expect
 * none.
 */
public final class Receipts {

    private static final Set<String> ACKNOWLEDGEMENTS = Set.of(
            HandoverAcknowledged.getClassSchema().getFullName(),
            CaseFileReceiptAcknowledged.getClassSchema().getFullName(),
            VictimUpdateAcknowledged.getClassSchema().getFullName());

    private Receipts() {
    }

    /** Whether the receiver of this handover is expected to acknowledge it. */
    public static boolean expectsAcknowledgement(SpecificRecord event) {
        return !ACKNOWLEDGEMENTS.contains(event.getSchema().getFullName());
    }

    /** The eventId of the handover this event acknowledges, if it is an acknowledgement. */
    public static Optional<UUID> acknowledgedEventId(SpecificRecord event) {
        if (event instanceof HandoverAcknowledged ack) {
            return Optional.of(ack.getAcknowledgedEventId());
        }
        if (event instanceof CaseFileReceiptAcknowledged receipt) {
            return Optional.of(receipt.getCaseFileEventId());
        }
        if (event instanceof VictimUpdateAcknowledged read) {
            return Optional.of(read.getUpdateEventId());
        }
        return Optional.empty();
    }
}
