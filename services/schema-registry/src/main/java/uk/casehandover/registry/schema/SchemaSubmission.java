package uk.casehandover.registry.schema;

/**
 * A schema as a client submits it: its text, its declared type (absent means AVRO) and how many references it
 * declares.
 */
public record SchemaSubmission(String schema, String schemaType, int referenceCount) {

    public static SchemaSubmission avro(String schema) {
        return new SchemaSubmission(schema, null, 0);
    }
}
