package uk.casehandover.runtime.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.avro.AvroRuntimeException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.util.backoff.BackOffExecution;
import uk.casehandover.platform.serde.RecordLocation;
import uk.casehandover.platform.serde.WireFormatException;

/** The reason a dead letter carries is the failing party's own exception, never a wrapper's. */
class DeadLetterContainerCustomizerTest {

    @Test
    void anUndecodableRecordsReasonIsTheDeserializersOwnExceptionNotTheLibraryCauseBelowIt() {
        // given
        WireFormatException serdes = new WireFormatException(WireFormatException.Reason.MALFORMED_AVRO_DATA,
                "Avro data does not match schema id 7: AvroRuntimeException", RecordLocation.ofTopic("t"),
                new AvroRuntimeException("synthetic Avro detail"));
        Exception thrown = new ListenerExecutionFailedException("listener failed",
                new DeserializationException("failed to deserialize", new byte[] {0, 0, 0, 0, 7}, false, serdes));

        // when
        Exception reason = DeadLetterContainerCustomizer.reason(thrown);

        // then
        assertThat(reason).isSameAs(serdes);
    }

    @Test
    void aRejectedRecordsReasonIsTheHandlersExceptionInsideTheBindersWrappers() {
        // given
        IllegalStateException handlers = new IllegalStateException("synthetic refusal");
        Exception thrown = new ListenerExecutionFailedException("listener failed",
                new MessageHandlingException(null, "binder wrapper", handlers));

        // when
        Exception reason = DeadLetterContainerCustomizer.reason(thrown);

        // then
        assertThat(reason).isSameAs(handlers);
    }

    @Test
    void aNotRetryableFailureGetsNoRetriesAndAnyOtherTheBindingsBackOff() {
        // given
        class Refused extends RuntimeException implements NotRetryable {
        }
        Exception refused = new ListenerExecutionFailedException("listener failed",
                new MessageHandlingException(null, "binder wrapper", new Refused()));
        Exception failed = new ListenerExecutionFailedException("listener failed", new IllegalStateException());

        // then
        assertThat(DeadLetterContainerCustomizer.backOffFor(refused).start().nextBackOff()).isEqualTo(BackOffExecution.STOP);
        assertThat(DeadLetterContainerCustomizer.backOffFor(failed)).isNull();
    }
}
