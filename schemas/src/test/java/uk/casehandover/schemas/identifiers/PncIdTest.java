package uk.casehandover.schemas.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PncIdTest {

    @ParameterizedTest
    @CsvSource({
        "98/1234567L, 98, 1234567",
        "01/0345678B, 1, 345678",
        "24/0000001Q, 24, 1",
        "20/7654321T, 20, 7654321",
        "99/9999999V, 99, 9999999",
        "00/0000000Z, 0, 0",
        "19/1357911D, 19, 1357911"})
    void acceptsIdsWhoseCheckLetterIsYearAndSerialModulus23(String value, int year, int serial) {
        PncId id = PncId.parse(value);

        assertThat(id.year()).isEqualTo(year);
        assertThat(id.serial()).isEqualTo(serial);
        assertThat(id.value()).isEqualTo(value);
    }

    @Test
    void computesTheCheckLetterFromTheAlphabetWithoutIOrS() {
        assertThat(PncId.CHECK_LETTERS).hasSize(23).doesNotContain("I", "O", "S");
        assertThat(PncId.checkLetterFor(0, 0)).isEqualTo('Z');
        assertThat(PncId.checkLetterFor(0, 22)).isEqualTo('Y');
        assertThat(PncId.checkLetterFor(0, 23)).isEqualTo('Z');
        assertThat(PncId.of(98, 1234567).value()).isEqualTo("98/1234567L");
    }

    @Test
    void rejectsAWrongCheckLetterWithoutEchoingTheId() {
        assertThatThrownBy(() -> PncId.parse("suspects[0].pncId", "98/1234567M"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("suspects[0].pncId: check letter does not match the year and serial (the letter at"
                        + " index (YY * 10^7 + serial) mod 23 of ZABCDEFGHJKLMNPQRTUVWXY)")
                .message().doesNotContain("1234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"98-1234567L", "98/123456L", "98/12345678L", "1998/1234567L", "98/1234567l", "9A/1234567L",
        "98/1234567"})
    void rejectsAnythingNotShapedYearSlashSerialLetter(String value) {
        assertThat(PncId.validate("pncId", value)).singleElement().asString()
                .startsWith("pncId: must be YY/NNNNNNNL (2-digit year, '/', 7-digit serial, check letter)");
    }

    @Test
    void rejectsAMissingValue() {
        assertThat(PncId.validate("pncId", null)).singleElement().asString().startsWith("pncId: is required");
    }

    @Test
    void cannotBeConstructedWithAWrongCheckLetter() {
        assertThatThrownBy(() -> new PncId(98, 1234567, 'A')).isInstanceOf(InvalidIdentifierException.class);
    }
}
