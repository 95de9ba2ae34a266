package uk.casehandover.schemas.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CpsAreaTest {

    @Test
    void hasFourteenGeographicalAreasAndCpsDirect() {
        assertThat(Stream.of(CpsArea.values()).filter(CpsArea::isGeographicalArea)).hasSize(14);
        assertThat(CpsArea.parse("CPS_DIRECT").isGeographicalArea()).isFalse();
    }

    @Test
    void parsesAnAreaCode() {
        assertThat(CpsArea.parse("LONDON_NORTH").displayName()).isEqualTo("CPS London North");
    }

    @Test
    void rejectsAnUnknownAreaListingTheKnownCodes() {
        assertThatThrownBy(() -> CpsArea.parse("producerId", "LONDON"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageStartingWith("producerId: must be one of the CPS Area codes CYMRU_WALES, ")
                .hasMessageContaining("CPS_DIRECT");
    }
}
