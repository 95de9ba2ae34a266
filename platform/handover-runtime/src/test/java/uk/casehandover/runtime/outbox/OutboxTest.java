package uk.casehandover.runtime.outbox;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.casehandover.schemas.fixtures.SampleEvents.anEarlyAdviceRequested;
import static uk.casehandover.schemas.fixtures.SampleEvents.metadata;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.schemas.Topics;

/** The refusals happen before the database or the registry is touched (neither exists here). */
class OutboxTest {

    private final Outbox outbox = new Outbox(null, null, true);

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void refusesToAppendOutsideATransaction() {
        assertThatThrownBy(() -> outbox.append(Topics.POLICE_TO_CPS, anEarlyAdviceRequested().build()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnEventFromTheWrongSender() {
        TransactionSynchronizationManager.setActualTransactionActive(true);

        assertThatThrownBy(() -> outbox.append(Topics.POLICE_TO_CPS,
                anEarlyAdviceRequested().setMetadata(metadata(Agency.CPS).build()).build()))
                .isInstanceOf(InvalidHandoverException.class)
                .hasMessageContaining("metadata.producingAgency");
    }

    @Test
    void validatesASuffixedTestTopicAsItsHandoverTopic() {
        TransactionSynchronizationManager.setActualTransactionActive(true);

        assertThatThrownBy(() -> outbox.append(Topics.POLICE_TO_ISVA + "-12", anEarlyAdviceRequested().build()))
                .isInstanceOf(InvalidHandoverException.class)
                .hasMessageContaining("may not travel on " + Topics.POLICE_TO_ISVA);
    }

    @Test
    void refusesATopicThatIsNoHandoverTopic() {
        TransactionSynchronizationManager.setActualTransactionActive(true);

        assertThatThrownBy(() -> outbox.append("some.other.topic", anEarlyAdviceRequested().build()))
                .isInstanceOf(InvalidHandoverException.class)
                .hasMessageContaining("topic");
    }
}
