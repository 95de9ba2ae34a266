package uk.casehandover.schemas.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrnTest {

    @ParameterizedTest
    @ValueSource(strings = {"01ZD0304208", "63AB0000001", "48019999999"})
    void acceptsElevenCharactersOfAKnownForceAUnitAndASequence(String value) {
        assertThat(Urn.validate("urn", value)).isEmpty();
        assertThat(Urn.parse(value).value()).isEqualTo(value);
    }

    @Test
    void splitsIntoForceUnitAndSequence() {
        Urn urn = Urn.parse("01ZD0304208");

        assertThat(urn.force()).isEqualTo(ForceCode.METROPOLITAN);
        assertThat(urn.unit()).isEqualTo("ZD");
        assertThat(urn.sequence()).isEqualTo("0304208");
    }

    @Test
    void rejectsTheWrongLengthSayingWhatItGot() {
        assertThatThrownBy(() -> Urn.parse("01ZD03042"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("urn: must be 11 characters (2-digit force code, 2-character unit, 7-digit sequence),"
                        + " e.g. 01ZD0304208, got 9");
    }

    @Test
    void rejectsAMissingValue() {
        assertThat(Urn.validate("urn", null)).singleElement().asString().startsWith("urn: is required");
        assertThat(Urn.validate("urn", "")).singleElement().asString().startsWith("urn: is required");
    }

    @Test
    void rejectsAForceCodeThatIsNoForce() {
        assertThat(Urn.validate("urn", "99ZD0304208")).singleElement().asString()
                .isEqualTo("urn: characters 1-2 must be the code of a force of England and Wales, got 99");
    }

    @Test
    void rejectsLettersWhereTheForceCodeGoes() {
        assertThat(Urn.validate("urn", "AAZD0304208")).singleElement().asString()
                .isEqualTo("urn: characters 1-2 must be a 2-digit force code, e.g. 01");
    }

    @Test
    void rejectsALowerCaseOrPunctuatedUnit() {
        assertThat(Urn.validate("urn", "01zd0304208")).singleElement().asString()
                .contains("characters 3-4 must be a unit of 2 upper-case letters or digits");
        assertThat(Urn.validate("urn", "01Z-0304208")).hasSize(1);
    }

    @Test
    void rejectsASequenceThatIsNotSevenDigits() {
        assertThat(Urn.validate("urn", "01ZD030420X")).singleElement().asString()
                .isEqualTo("urn: characters 5-11 must be a 7-digit sequence, e.g. 0304208");
    }

    @Test
    void reportsEveryBrokenRuleUnderTheCallersFieldName() {
        assertThat(Urn.validate("metadata.urn", "99zdABCDEFG"))
                .extracting(Violation::field).containsOnly("metadata.urn").hasSize(3);
    }

    @Test
    void parseUnderAFieldNameThrowsWithThatName() {
        assertThatThrownBy(() -> Urn.parse("caseUrn", "X"))
                .hasMessageStartingWith("caseUrn: must be 11 characters");
    }
}
