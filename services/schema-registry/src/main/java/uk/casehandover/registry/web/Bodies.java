package uk.casehandover.registry.web;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import uk.casehandover.registry.schema.ParsedSchema;
import uk.casehandover.registry.schema.SchemaSubmission;
import uk.casehandover.registry.subjects.RegisteredSchema;

/** The JSON bodies of Confluent's REST API, field for field. */
final class Bodies {

    private Bodies() {
    }

    /** Fields Confluent's newer clients add (metadata, ruleSet, version, id) are accepted and ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SchemaRequest(String schema, String schemaType, List<Object> references) {

        SchemaSubmission submission() {
            return new SchemaSubmission(schema, schemaType, references == null ? 0 : references.size());
        }
    }

    record RegisterResponse(int id) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SchemaResponse(String schema, String schemaType) {

        static SchemaResponse of(String schema, String schemaType) {
            return new SchemaResponse(schema, avroIsImplicit(schemaType));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"subject", "version", "id", "schemaType", "schema"})
    record VersionResponse(String subject, int version, int id, String schemaType, String schema) {

        static VersionResponse of(RegisteredSchema registered) {
            return new VersionResponse(registered.subject(), registered.version(), registered.id(),
                    avroIsImplicit(registered.schemaType()), registered.schema());
        }
    }

    record SubjectVersionResponse(String subject, int version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CompatibilityResponse(@JsonProperty("is_compatible") boolean isCompatible, List<String> messages) {
    }

    record ConfigResponse(String compatibilityLevel) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ConfigUpdate(@JsonAlias("compatibilityLevel") String compatibility) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ModeBody(String mode) {
    }

    record ErrorBody(@JsonProperty("error_code") int errorCode, String message) {
    }

    /** Confluent leaves schemaType out for AVRO, the default. */
    private static String avroIsImplicit(String schemaType) {
        return ParsedSchema.TYPE.equals(schemaType) ? null : schemaType;
    }
}
