package uk.casehandover.platform.serde;

import org.apache.avro.Schema;

/** The record's full name: one lineage per event type, shared by every topic that carries it. */
public final class RecordNameStrategy implements SubjectNameStrategy {

    @Override
    public String subjectName(String topic, boolean isKey, Schema schema) {
        return SubjectNameStrategies.recordName(schema);
    }
}
