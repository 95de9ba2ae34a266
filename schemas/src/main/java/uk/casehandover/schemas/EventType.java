package uk.casehandover.schemas;

import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * One handover event type: its generated Java class and its self-contained Avro schema. The event type travels on the
 * wire as the record's Avro full name (the "eventType" header), never as a Java class name.
 */
public record EventType(Class<? extends SpecificRecord> javaClass, Schema schema) {

    public EventType {
        Objects.requireNonNull(javaClass, "javaClass");
        Objects.requireNonNull(schema, "schema");
    }

    public static EventType of(Class<? extends SpecificRecord> javaClass) {
        return new EventType(javaClass, SpecificData.get().getSchema(javaClass));
    }

    /** The Avro full name, e.g. uk.casehandover.police.v1.CaseFileSubmitted. */
    public String fullName() {
        return schema.getFullName();
    }

    /** The Schema Registry subject of this type on a topic under TopicRecordNameStrategy. */
    public String subjectOn(String topic) {
        return topic + "-" + fullName();
    }
}
