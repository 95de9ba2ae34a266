package uk.casehandover.registry.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.casehandover.registry.fixtures.Schemas.caseFileV1;

import org.junit.jupiter.api.Test;
import uk.casehandover.registry.errors.RegistryException;

class AvroSchemaParserTest {

    private final AvroSchemaParser parser = new AvroSchemaParser();

    @Test
    void givesTheSameFingerprintWhateverTheSpacingAndNamespaceSpelling() {
        String qualifiedName = "{\"type\":\"record\",\"name\":\"uk.casehandover.police.v1.CaseFileSubmitted\","
                + "\"fields\":[ {\"name\":\"urn\", \"type\":\"string\"} ]}";

        assertThat(parse(qualifiedName).fingerprint()).isEqualTo(parse(caseFileV1()).fingerprint());
    }

    @Test
    void normalisingMakesThePropertyOrderIrrelevant() {
        String reordered = "{\"fields\":[{\"type\":\"string\",\"name\":\"urn\"}],\"name\":\"CaseFileSubmitted\","
                + "\"namespace\":\"uk.casehandover.police.v1\",\"type\":\"record\",\"owner\":\"police\"}";
        String ordered = "{\"type\":\"record\",\"owner\":\"police\",\"name\":\"CaseFileSubmitted\","
                + "\"namespace\":\"uk.casehandover.police.v1\",\"fields\":[{\"name\":\"urn\",\"type\":\"string\"}]}";

        assertThat(parser.parse(SchemaSubmission.avro(reordered), true).fingerprint())
                .isEqualTo(parser.parse(SchemaSubmission.avro(ordered), true).fingerprint());
    }

    @Test
    void refusesInvalidJsonWithTheParsersMessage() {
        assertRefused("{\"type\":\"record\",", "Invalid schema: ");
    }

    @Test
    void refusesInvalidAvroWithTheParsersMessage() {
        assertRefused("{\"type\":\"record\",\"name\":\"CaseFile\",\"fields\":[{\"name\":\"urn\",\"type\":\"strung\"}]}",
                "strung");
    }

    @Test
    void refusesADefaultThatDoesNotMatchItsType() {
        assertRefused("{\"type\":\"record\",\"name\":\"CaseFile\",\"fields\":"
                + "[{\"name\":\"urn\",\"type\":\"string\",\"default\":7}]}", "urn");
    }

    @Test
    void refusesAnEmptyOrOversizedSchema() {
        assertRefused("  ", "schema is empty");
        assertRefused("\"" + "x".repeat(AvroSchemaParser.MAX_SCHEMA_CHARS) + "\"", "at most");
    }

    @Test
    void refusesOtherSchemaTypesNamingThem() {
        assertThatThrownBy(() -> parser.parse(new SchemaSubmission(caseFileV1(), "JSON", 0), false))
                .hasMessageContaining("schemaType 'JSON' is not supported");
    }

    private ParsedSchema parse(String schema) {
        return parser.parse(SchemaSubmission.avro(schema), false);
    }

    private void assertRefused(String schema, String messagePart) {
        assertThatThrownBy(() -> parse(schema)).isInstanceOfSatisfying(RegistryException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(42201);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }
}
