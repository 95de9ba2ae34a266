package uk.casehandover.registry.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import uk.casehandover.registry.errors.RegistryException;

/**
 * Turns submitted text into a {@link ParsedSchema}, or refuses it with error 42201 and the parser's own message.
 *
 * <p>Rules: only AVRO is accepted; references are not supported; a schema is at most {@value #MAX_SCHEMA_CHARS}
 * characters. The canonical text is Avro's own rendering of the parsed schema (as Confluent stores it), so
 * whitespace and namespace spelling do not create new ids; when the client asks to normalise, object keys are also
 * put in a fixed order, so that the order of properties does not matter either.
 */
public final class AvroSchemaParser {

    public static final int MAX_SCHEMA_CHARS = 512 * 1024;
    private static final ObjectMapper SORTED_JSON =
            new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public ParsedSchema parse(SchemaSubmission submission, boolean normalize) {
        String type = submission.schemaType();
        if (type != null && !type.isEmpty() && !ParsedSchema.TYPE.equals(type)) {
            throw RegistryException.invalidSchema("schemaType '" + type + "' is not supported; only AVRO is");
        }
        if (submission.referenceCount() > 0) {
            throw RegistryException.invalidSchema("references are not supported by this registry; "
                    + "submit a self-contained Avro schema");
        }
        String text = submission.schema();
        if (text == null || text.isBlank()) {
            throw RegistryException.invalidSchema("schema is empty");
        }
        if (text.length() > MAX_SCHEMA_CHARS) {
            throw RegistryException.invalidSchema("schema has " + text.length() + " characters; at most "
                    + MAX_SCHEMA_CHARS + " are allowed");
        }
        Schema schema = parseAvro(text);
        String canonical = normalize ? sortedKeys(schema.toString()) : schema.toString();
        return new ParsedSchema(schema, canonical, fingerprint(canonical));
    }

    /** Parses text already stored by this registry; it was valid when it was stored. */
    public Schema parseStored(String text) {
        return new Schema.Parser().parse(text);
    }

    private static Schema parseAvro(String text) {
        try {
            return new Schema.Parser().parse(text);
        } catch (AvroRuntimeException | IllegalArgumentException e) {
            throw RegistryException.invalidSchema(String.valueOf(e.getMessage()));
        }
    }

    private static String sortedKeys(String json) {
        try {
            return SORTED_JSON.writeValueAsString(SORTED_JSON.readValue(json, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Avro rendered a schema that is not JSON", e);
        }
    }

    private static String fingerprint(String canonical) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(ParsedSchema.TYPE.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
