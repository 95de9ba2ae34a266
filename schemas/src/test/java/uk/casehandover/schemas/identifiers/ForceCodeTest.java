package uk.casehandover.schemas.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ForceCodeTest {

    @Test
    void listsTheFortyThreeTerritorialForcesOfEnglandAndWalesWithDistinctCodes() {
        assertThat(ForceCode.values()).hasSize(43);
        assertThat(Stream.of(ForceCode.values()).map(ForceCode::code).distinct()).hasSize(43)
                .allMatch(code -> code.matches("\\d{2}"));
    }

    @Test
    void knowsTheStandardCodesAtBothEndsOfTheList() {
        assertThat(ForceCode.parse("01")).isEqualTo(ForceCode.METROPOLITAN);
        assertThat(ForceCode.parse("48").displayName()).isEqualTo("City of London");
        assertThat(ForceCode.parse("63").displayName()).isEqualTo("Dyfed-Powys");
    }

    @Test
    void rejectsACodeThatIsNoForce() {
        assertThatThrownBy(() -> ForceCode.parse("producerId", "15"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageStartingWith("producerId: must be the code of one of the 43 territorial forces")
                .hasMessageEndingWith("got 15");
    }

    @Test
    void rejectsSomethingThatIsNotTwoDigits() {
        assertThat(ForceCode.validate("forceCode", "1")).singleElement().asString()
                .isEqualTo("forceCode: must be a 2-digit police force code, e.g. 01, got 1 characters");
        assertThat(ForceCode.validate("forceCode", null)).singleElement().asString()
                .startsWith("forceCode: is required");
    }
}
