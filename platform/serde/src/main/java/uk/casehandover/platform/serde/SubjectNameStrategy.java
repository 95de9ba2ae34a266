package uk.casehandover.platform.serde;

import org.apache.avro.Schema;

/** Names the registry subject under which a record's schema is registered and looked up. */
public interface SubjectNameStrategy {

    String subjectName(String topic, boolean isKey, Schema schema);
}
