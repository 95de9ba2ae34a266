package uk.casehandover.audit.log.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HandoverDecoderTest {

    @Test
    void aHandoverIsAddressedToTheAgencyItsTopicDeliversTo() {
        assertThat(HandoverDecoder.receiver("handover.police-to-cps")).isEqualTo("CPS");
        assertThat(HandoverDecoder.receiver("handover.cps-to-police")).isEqualTo("POLICE");
        assertThat(HandoverDecoder.receiver("handover.police-to-isva")).isEqualTo("ISVA_SERVICE");
        assertThat(HandoverDecoder.receiver("handover.isva-to-police")).isEqualTo("POLICE");
    }

    @Test
    void aSuffixedTestTopicCountsAsItsHandoverTopicAndAnyOtherIsUnknown() {
        assertThat(HandoverDecoder.receiver("handover.police-to-isva-17")).isEqualTo("ISVA_SERVICE");
        assertThat(HandoverDecoder.receiver("something.else")).isEqualTo("UNKNOWN");
    }
}
