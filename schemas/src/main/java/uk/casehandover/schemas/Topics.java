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

    /** The handover topics (agency to agency). */
    public static final List<String> ALL = List.of(POLICE_TO_CPS, CPS_TO_POLICE, POLICE_TO_ISVA, ISVA_TO_POLICE);

    /** Signed tree heads of the audit log ({@link PlatformTopic#AUDIT_TREE_HEADS}). */
    public static final String PLATFORM_AUDIT_TREE_HEADS = "platform.audit-tree-heads";
    /** Overdue handovers and statutory clocks ({@link PlatformTopic#TIMELINESS}). */
    public static final String PLATFORM_TIMELINESS = "platform.timeliness";

    /** The platform's own topics, written only by platform services. */
    public static final List<String> PLATFORM = List.of(PLATFORM_AUDIT_TREE_HEADS, PLATFORM_TIMELINESS);

    /** Every topic the platform uses: the handover topics, then the platform's own. */
    public static final List<String> EVERY = List.of(POLICE_TO_CPS, CPS_TO_POLICE, POLICE_TO_ISVA, ISVA_TO_POLICE,
            PLATFORM_AUDIT_TREE_HEADS, PLATFORM_TIMELINESS);

    /** Header carrying the Avro full name of the record, e.g. uk.casehandover.police.v1.CaseFileSubmitted. */
    public static final String HEADER_EVENT_TYPE = "eventType";

    /** Header carrying the event's metadata.eventId as a UUID string. */
    public static final String HEADER_EVENT_ID = "eventId";

    private Topics() {
    }
}
