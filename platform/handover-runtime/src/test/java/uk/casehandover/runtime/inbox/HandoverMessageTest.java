package uk.casehandover.runtime.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.casehandover.schemas.fixtures.SampleEvents.anEarlyAdviceRequested;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import uk.casehandover.police.v1.EarlyAdviceRequested;
import uk.casehandover.schemas.Topics;

class HandoverMessageTest {

    @Test
    void readsWhereTheEventCameFromAndWhatItIs() {
        EarlyAdviceRequested event = anEarlyAdviceRequested().build();

        HandoverMessage message = HandoverMessage.of(MessageBuilder.withPayload(event)
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, Topics.POLICE_TO_CPS)
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, 2)
                .setHeader(KafkaHeaders.OFFSET, 41L)
                .setHeader(Topics.HEADER_EVENT_TYPE, "uk.casehandover.police.v1.EarlyAdviceRequested".getBytes(StandardCharsets.UTF_8))
                .build());

        assertThat(message.topic()).isEqualTo(Topics.POLICE_TO_CPS);
        assertThat(message.partition()).isEqualTo(2);
        assertThat(message.offset()).isEqualTo(41L);
        assertThat(message.eventId()).isEqualTo(event.getMetadata().getEventId());
        assertThat(message.eventType()).isEqualTo("uk.casehandover.police.v1.EarlyAdviceRequested");
        assertThat(message.event()).isSameAs(event);
    }

    @Test
    void refusesAPayloadThatWasNotDecoded() {
        assertThatThrownBy(() -> HandoverMessage.of(MessageBuilder.withPayload(new byte[] {0, 1}).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SpecificRecord");
    }
}
