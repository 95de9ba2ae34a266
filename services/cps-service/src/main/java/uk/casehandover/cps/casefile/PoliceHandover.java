package uk.casehandover.cps.casefile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A handover from the police as CPS applies it: what arrived, stripped to what CPS keeps. */
public sealed interface PoliceHandover {

    Incoming incoming();

    /** The envelope of the received event; eventType is the contract's full name of what arrived. */
    record Incoming(String urn, String eventType, Envelope envelope) {

        public UUID eventId() {
            return envelope.eventId();
        }
    }

    record EarlyAdviceRequest(Incoming incoming, List<String> offenceCodes) implements PoliceHandover {
    }

    /** {@code victims}: each victim of the file by pseudonymous id, with their personal data as ciphertext only. */
    record CaseFileSubmission(Incoming incoming, CaseFile file, List<VictimOnFile> victims) implements PoliceHandover {
        public CaseFileSubmission {
            victims = List.copyOf(victims);
        }

        public CaseFileSubmission(Incoming incoming, CaseFile file) {
            this(incoming, file, List.of());
        }
    }

    record ActionPlanAnswer(Incoming incoming, int planSequenceNumber) implements PoliceHandover {
    }

    record VictimTold(Incoming incoming, UUID decisionEventId, Instant toldAt) implements PoliceHandover {
    }

    record PoliceAcknowledgement(Incoming incoming, UUID acknowledgedEventId) implements PoliceHandover {
    }
}
