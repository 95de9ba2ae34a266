package uk.casehandover.platform.serde;

import org.apache.avro.Schema;

/** {@code <topic>-value} or {@code <topic>-key}: one schema lineage per topic (Confluent's default). */
public final class TopicNameStrategy implements SubjectNameStrategy {

    @Override
    public String subjectName(String topic, boolean isKey, Schema schema) {
        return topic + (isKey ? "-key" : "-value");
    }
}
