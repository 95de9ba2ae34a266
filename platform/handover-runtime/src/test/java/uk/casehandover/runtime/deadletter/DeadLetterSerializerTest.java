package uk.casehandover.runtime.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeadLetterSerializerTest {

    private final DeadLetterSerializer serializer = new DeadLetterSerializer();

    @Test
    void passesUndecodedBytesThroughUnchanged() {
        byte[] badMagicByte = {1, 0, 0, 0, 1};

        assertThat(serializer.serialize("t", badMagicByte)).isSameAs(badMagicByte);
    }

    @Test
    void writesAUrnKeyAsUtf8() {
        assertThat(serializer.serialize("t", "01ZD0304208")).isEqualTo("01ZD0304208".getBytes(StandardCharsets.UTF_8));
        assertThat(serializer.serialize("t", null)).isNull();
    }
}
