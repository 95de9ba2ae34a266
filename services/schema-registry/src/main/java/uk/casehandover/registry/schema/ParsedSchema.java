package uk.casehandover.registry.schema;

import org.apache.avro.Schema;

/**
 * A valid Avro schema with the canonical text the registry stores and the fingerprint that decides identity: two
 * submissions with the same fingerprint share one global id.
 */
public record ParsedSchema(Schema schema, String canonical, String fingerprint) {

    public static final String TYPE = "AVRO";
}
