package uk.casehandover.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void framesTheMagicByteThenTheSchemaIdBigEndianThenThePayload() {
        // when
        byte[] framed = WireFormat.frame(0x01020304, new byte[] {9, 8});

        // then
        assertThat(framed).containsExactly(0, 1, 2, 3, 4, 9, 8);
    }

    @Test
    void readsBackTheSchemaIdAndWhereThePayloadLies() {
        // given
        byte[] framed = WireFormat.frame(Integer.MAX_VALUE, new byte[] {7, 7, 7});

        // when
        WireFormat.Framed read = WireFormat.read(framed, RecordLocation.unknown());

        // then
        assertThat(read.schemaId()).isEqualTo(Integer.MAX_VALUE);
        assertThat(read.payloadOffset()).isEqualTo(5);
        assertThat(read.payloadLength()).isEqualTo(3);
    }

    @Test
    void rejectsAnUnknownMagicByte() {
        // given
        byte[] framed = {1, 0, 0, 0, 1, 2};

        // then
        assertThatThrownBy(() -> WireFormat.read(framed, RecordLocation.ofTopic("police.to.cps")))
                .isInstanceOf(SerializationException.class)
                .isInstanceOfSatisfying(WireFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(WireFormatException.Reason.UNKNOWN_MAGIC_BYTE))
                .hasMessageContaining("Unknown magic byte 0x01")
                .hasMessageContaining("topic police.to.cps");
    }

    @Test
    void rejectsARecordShorterThanTheFiveByteHeader() {
        assertThatThrownBy(() -> WireFormat.read(new byte[] {0, 0, 0, 1}, RecordLocation.unknown()))
                .isInstanceOfSatisfying(WireFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(WireFormatException.Reason.TOO_SHORT))
                .hasMessageContaining("Record of 4 byte(s) is shorter than the 5-byte Confluent header");
    }

    @Test
    void rejectsAnEmptyRecord() {
        assertThatThrownBy(() -> WireFormat.read(new byte[0], RecordLocation.unknown()))
                .isInstanceOfSatisfying(WireFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(WireFormatException.Reason.TOO_SHORT));
    }

    @Test
    void namesTopicPartitionAndOffsetWhenKnown() {
        assertThatThrownBy(() -> WireFormat.read(new byte[] {0}, RecordLocation.of("cps.to.police", 2, 41L)))
                .hasMessageEndingWith("(topic cps.to.police, partition 2, offset 41)");
    }
}
