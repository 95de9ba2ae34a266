package uk.casehandover.platform.serde;

import java.time.Instant;
import java.util.List;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import uk.casehandover.platform.serde.testing.v1.SampleHandover;

/** Synthetic fixtures: no real case, person or place. */
final class SampleHandovers {

    static final Instant OCCURRED_AT = Instant.parse("2025-03-04T10:15:30Z");

    private SampleHandovers() {
    }

    static SampleHandover aSampleHandover() {
        return SampleHandover.newBuilder()
                .setEventId("7b0f5d1e-0000-4000-8000-000000000001")
                .setUrn("01ZD0304208")
                .setOccurredAt(OCCURRED_AT)
                .setSuspectInCustody(true)
                .setDocumentCount(12)
                .setNote("synthetic note")
                .setOffenceCodes(List.of("SX03001", "SX03002A"))
                .build();
    }

    static GenericRecord aGenericSampleHandover() {
        GenericData.Record record = new GenericData.Record(SampleHandover.SCHEMA$);
        record.put("eventId", "7b0f5d1e-0000-4000-8000-000000000002");
        record.put("urn", "01ZD0304208");
        record.put("occurredAt", OCCURRED_AT.toEpochMilli());
        record.put("suspectInCustody", false);
        record.put("documentCount", 3);
        record.put("note", null);
        record.put("offenceCodes", List.of("SX03001"));
        return record;
    }
}
