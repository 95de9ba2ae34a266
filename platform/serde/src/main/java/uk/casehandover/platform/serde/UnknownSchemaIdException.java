package uk.casehandover.platform.serde;

import org.apache.kafka.common.errors.SerializationException;

/** A record names a schema id that the registry does not know (Confluent error 40403). */
public class UnknownSchemaIdException extends SerializationException {

    private static final long serialVersionUID = 1L;

    private final int schemaId;

    public UnknownSchemaIdException(int schemaId, RecordLocation location, Throwable cause) {
        super("Record names schema id " + schemaId + ", which the schema registry does not know"
                + location.describe(), cause);
        this.schemaId = schemaId;
    }

    public int schemaId() {
        return schemaId;
    }
}
