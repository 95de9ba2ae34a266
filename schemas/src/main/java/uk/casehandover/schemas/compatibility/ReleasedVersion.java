package uk.casehandover.schemas.compatibility;

import org.apache.avro.Schema;

/** One released version of a record's schema, as kept under released/&lt;record full name&gt;/v&lt;version&gt;.avsc. */
public record ReleasedVersion(int version, Schema schema) {
}
