package uk.casehandover.police.casefile.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import uk.casehandover.common.v1.ChargingOutcome;
import uk.casehandover.police.casefile.CpsStep;
import uk.casehandover.schemas.HandoverTopic;
import uk.casehandover.schemas.fixtures.SampleEvents;

/** Every event CPS may send the police reads as a step of the case, with its envelope. */
class IncomingAvroTest {

    @Test
    void everyEventOnTheCpsToPoliceTopicIsAStep() {
        var cpsEvents = SampleEvents.oneOfEach().stream()
                .filter(event -> HandoverTopic.CPS_TO_POLICE.carries(event.getSchema().getFullName())
                        && !event.getSchema().getNamespace().startsWith("uk.casehandover.common"))
                .toList();

        assertThat(cpsEvents).hasSize(8);
        for (SpecificRecord event : cpsEvents) {
            CpsStep step = IncomingAvro.cpsStep(event);
            assertThat(step.getClass().getSimpleName()).isEqualTo(event.getSchema().getName());
            assertThat(step.received().eventType()).isEqualTo(event.getSchema().getFullName());
            assertThat(step.received().urn()).isEqualTo(SampleEvents.URN);
        }
    }

    @Test
    void aDecisionWhoseOutcomeThisServiceDoesNotKnowIsNotApplied() {
        var decision = uk.casehandover.cps.v1.ChargingDecisionMade.newBuilder(SampleEvents.aChargingDecisionMade().build())
                .setOutcome(ChargingOutcome.UNKNOWN).build();

        assertThatThrownBy(() -> IncomingAvro.cpsStep(decision)).isInstanceOf(UnappliableHandoverException.class)
                .hasMessageContaining("UNKNOWN");
    }

    @Test
    void aPoliceEventIsNoCpsStep() {
        assertThatThrownBy(() -> IncomingAvro.cpsStep(SampleEvents.aCaseFileSubmitted().build()))
                .isInstanceOf(UnappliableHandoverException.class);
    }
}
