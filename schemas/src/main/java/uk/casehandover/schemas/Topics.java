package uk.casehandover.schemas;

import java.util.List;

/**
 * The names of the handover topics and of the Kafka headers every handover record carries, in one place.
 *
 * <p>One topic per agency boundary and direction, keyed by the case URN so that all events of a case stay in order;
 * several event types travel on each topic, registered under TopicRecordNameStrategy subjects
 * ({@code <topic>-<record full name>}). Which events may travel on which topic is {@link HandoverTopic}.
 */
public final class Topics {

    public static final String POLICE_TO_CPS = "handover.police-to-cps";
    public static final String CPS_TO_POLICE = "handover.cps-to-police";
    public static final String POLICE_TO_ISVA = "handover.police-to-isva";
    public static final String ISVA_TO_POLICE = "handover.isva-to-police";

    public static final List<String> ALL = List.of(POLICE_TO_CPS, CPS_TO_POLICE, POLICE_TO_ISVA, ISVA_TO_POLICE);

    /** Header carrying the Avro full name of the record, e.g. uk.casehandover.police.v1.CaseFileSubmitted. */
    public static final String HEADER_EVENT_TYPE = "eventType";

    /** Header carrying the event's metadata.eventId as a UUID string. */
    public static final String HEADER_EVENT_ID = "eventId";

    private Topics() {
    }
}
