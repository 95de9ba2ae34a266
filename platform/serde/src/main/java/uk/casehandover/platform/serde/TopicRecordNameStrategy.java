package uk.casehandover.platform.serde;

import org.apache.avro.Schema;

/**
 * {@code <topic>-<record full name>}: one lineage per event type per topic. The platform's default, because one
 * topic per agency boundary carries several event types keyed by URN so that a case's events stay in order.
 */
public final class TopicRecordNameStrategy implements SubjectNameStrategy {

    @Override
    public String subjectName(String topic, boolean isKey, Schema schema) {
        return topic + "-" + SubjectNameStrategies.recordName(schema);
    }
}
