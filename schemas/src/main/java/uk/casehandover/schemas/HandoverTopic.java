package uk.casehandover.schemas;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.common.v1.HandoverAcknowledged;
import uk.casehandover.cps.v1.ActionPlanIssued;
import uk.casehandover.cps.v1.CaseAdministrativelyFinalised;
import uk.casehandover.cps.v1.CaseFileAccepted;
import uk.casehandover.cps.v1.CaseFileReceiptAcknowledged;
import uk.casehandover.cps.v1.CaseFileRejected;
import uk.casehandover.cps.v1.CaseReopened;
import uk.casehandover.cps.v1.ChargingDecisionMade;
import uk.casehandover.cps.v1.EarlyAdviceGiven;
import uk.casehandover.isva.v1.VictimUpdateAcknowledged;
import uk.casehandover.police.v1.ActionPlanAnswered;
import uk.casehandover.police.v1.CaseFileSubmitted;
import uk.casehandover.police.v1.EarlyAdviceRequested;
import uk.casehandover.police.v1.VictimConsentGiven;
import uk.casehandover.police.v1.VictimConsentWithdrawn;
import uk.casehandover.police.v1.VictimToldOfDecision;
import uk.casehandover.police.v1.VictimUpdateIssued;

/**
 * The topic catalogue: for each agency boundary and direction, who sends, who receives and exactly which event types
 * may travel on it. A receiver rejects any other type. The ISVA-bound topic carries only consent and the minimised
 * victim update, never case-file material; receivers answer with HandoverAcknowledged on the reverse topic (the ISVA
 * service acknowledges updates with its own VictimUpdateAcknowledged).
 */
public enum HandoverTopic {

    POLICE_TO_CPS(Topics.POLICE_TO_CPS, Agency.POLICE, Agency.CPS,
            EarlyAdviceRequested.class,
            CaseFileSubmitted.class,
            ActionPlanAnswered.class,
            VictimToldOfDecision.class,
            HandoverAcknowledged.class),

    CPS_TO_POLICE(Topics.CPS_TO_POLICE, Agency.CPS, Agency.POLICE,
            CaseFileReceiptAcknowledged.class,
            CaseFileAccepted.class,
            CaseFileRejected.class,
            EarlyAdviceGiven.class,
            ActionPlanIssued.class,
            CaseAdministrativelyFinalised.class,
            CaseReopened.class,
            ChargingDecisionMade.class,
            HandoverAcknowledged.class),

    POLICE_TO_ISVA(Topics.POLICE_TO_ISVA, Agency.POLICE, Agency.ISVA_SERVICE,
            VictimConsentGiven.class,
            VictimConsentWithdrawn.class,
            VictimUpdateIssued.class),

    ISVA_TO_POLICE(Topics.ISVA_TO_POLICE, Agency.ISVA_SERVICE, Agency.POLICE,
            VictimUpdateAcknowledged.class,
            HandoverAcknowledged.class);

    private final String topicName;
    private final Agency sender;
    private final Agency receiver;
    private final List<EventType> eventTypes;

    @SafeVarargs
    HandoverTopic(String topicName, Agency sender, Agency receiver, Class<? extends SpecificRecord>... types) {
        this.topicName = topicName;
        this.sender = sender;
        this.receiver = receiver;
        this.eventTypes = Arrays.stream(types).map(EventType::of).toList();
    }

    public String topicName() {
        return topicName;
    }

    public Agency sender() {
        return sender;
    }

    public Agency receiver() {
        return receiver;
    }

    public List<EventType> eventTypes() {
        return eventTypes;
    }

    /** The event type with this Avro full name, if it may travel on this topic. */
    public Optional<EventType> eventType(String fullName) {
        return eventTypes.stream().filter(type -> type.fullName().equals(fullName)).findFirst();
    }

    public boolean carries(String fullName) {
        return eventType(fullName).isPresent();
    }

    public static Optional<HandoverTopic> byName(String topicName) {
        return Stream.of(values()).filter(topic -> topic.topicName.equals(topicName)).findFirst();
    }
}
