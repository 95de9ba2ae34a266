package uk.casehandover.schemas.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CjsOffenceCodeTest {

    @Test
    void acceptsTwoLettersAYearAndThreeDigits() {
        CjsOffenceCode code = CjsOffenceCode.parse("SX03001");

        assertThat(code.qualifier()).isEmpty();
        assertThat(code.baseOffence()).isEqualTo("SX03001");
    }

    @ParameterizedTest
    @CsvSource({"SX03001A, ATTEMPT", "SX03001B, AIDING_AND_ABETTING", "SX03001C, CONSPIRACY", "SX03001I, INCITEMENT"})
    void readsTheSuffixAsTheInchoateOrSecondaryForm(String value, CjsOffenceCode.Qualifier qualifier) {
        CjsOffenceCode code = CjsOffenceCode.parse(value);

        assertThat(code.qualifier()).contains(qualifier);
        assertThat(code.baseOffence()).isEqualTo("SX03001");
    }

    @Test
    void rejectsAnUnknownSuffix() {
        assertThatThrownBy(() -> CjsOffenceCode.parse("charges[1].cjsOffenceCode", "SX03001D"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("charges[1].cjsOffenceCode: character 8 is optional and must be A (attempt), B (aiding"
                        + " and abetting), C (conspiracy) or I (incitement), got D");
    }

    @Test
    void rejectsTheWrongLength() {
        assertThat(CjsOffenceCode.validate("cjsOffenceCode", "SX0301")).singleElement().asString()
                .startsWith("cjsOffenceCode: must be 7 or 8 characters").endsWith("got 6");
    }

    @Test
    void rejectsEachMisplacedPart() {
        assertThat(CjsOffenceCode.validate("c", "S103001")).singleElement().asString()
                .isEqualTo("c: characters 1-2 must be 2 upper-case letters, e.g. SX");
        assertThat(CjsOffenceCode.validate("c", "SXA3001")).singleElement().asString()
                .isEqualTo("c: characters 3-4 must be a 2-digit year, e.g. 03");
        assertThat(CjsOffenceCode.validate("c", "SX030X1")).singleElement().asString()
                .isEqualTo("c: characters 5-7 must be 3 digits, e.g. 001");
        assertThat(CjsOffenceCode.validate("c", "sx03001")).hasSize(1);
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThat(CjsOffenceCode.validate("c", "12AB12XZ")).hasSize(4);
        assertThat(CjsOffenceCode.validate("c", null)).singleElement().asString().startsWith("c: is required");
    }
}
