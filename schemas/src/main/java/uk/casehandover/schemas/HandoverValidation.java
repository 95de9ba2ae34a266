package uk.casehandover.schemas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificRecord;
import uk.casehandover.common.v1.Agency;
import uk.casehandover.common.v1.HandoverMetadata;
import uk.casehandover.schemas.identifiers.CjsOffenceCode;
import uk.casehandover.schemas.identifiers.CpsArea;
import uk.casehandover.schemas.identifiers.ForceCode;
import uk.casehandover.schemas.identifiers.PncId;
import uk.casehandover.schemas.identifiers.Urn;
import uk.casehandover.schemas.identifiers.Violation;

/**
 * What a receiver checks before accepting a handover, beyond what Avro decoding already guarantees: the event type may
 * travel on the topic, the producing agency is the topic's sender, the producer id is a force code (police) or a CPS
 * Area code (CPS), and every identifier is well formed wherever it appears. Identifier fields are recognised by name,
 * in every event: {@code urn}, {@code pncId} and {@code suspectPncId}, {@code cjsOffenceCode}, {@code sha256}
 * (64 lower-case hex). Returns every violation, with field paths such as {@code suspects[0].pncId}.
 */
public final class HandoverValidation {

    private static final Map<String, BiFunction<String, String, List<Violation>>> IDENTIFIER_FIELDS = Map.of(
            "urn", Urn::validate,
            "pncId", PncId::validate,
            "suspectPncId", PncId::validate,
            "cjsOffenceCode", CjsOffenceCode::validate,
            "sha256", HandoverValidation::validateSha256);

    private HandoverValidation() {
    }

    /** Validates an event received on a topic. */
    public static List<Violation> validate(String topicName, SpecificRecord event) {
        String eventType = event.getSchema().getFullName();
        HandoverTopic topic = HandoverTopic.byName(topicName).orElse(null);
        if (topic == null) {
            return PlatformTopic.byName(topicName)
                    .map(platformTopic -> validatePlatformEvent(platformTopic, event))
                    .orElseGet(() -> List.of(new Violation("topic", "must be one of " + Topics.EVERY + ", got "
                            + topicName)));
        }
        if (!topic.carries(eventType)) {
            return List.of(new Violation("eventType", eventType + " may not travel on " + topicName));
        }
        List<Violation> violations = new ArrayList<>();
        if (event.get(0) instanceof HandoverMetadata metadata && metadata.getProducingAgency() != topic.sender()) {
            violations.add(new Violation("metadata.producingAgency", "must be " + topic.sender() + ", the sender on "
                    + topicName + ", got " + metadata.getProducingAgency()));
        }
        violations.addAll(validate(event));
        return violations;
    }

    /**
     * A platform topic carries only its own event types, produced by the platform (agency PLATFORM) wherever the event
     * has the shared envelope; identifiers are checked as in handover events.
     */
    private static List<Violation> validatePlatformEvent(PlatformTopic topic, SpecificRecord event) {
        String eventType = event.getSchema().getFullName();
        if (!topic.carries(eventType)) {
            return List.of(new Violation("eventType", eventType + " may not travel on " + topic.topicName()));
        }
        if (!(event.get(0) instanceof HandoverMetadata metadata)) {
            List<Violation> violations = new ArrayList<>();
            walk(event, "", violations);
            return violations;
        }
        List<Violation> violations = new ArrayList<>();
        if (metadata.getProducingAgency() != Agency.PLATFORM) {
            violations.add(new Violation("metadata.producingAgency", "must be PLATFORM on " + topic.topicName()
                    + ", got " + metadata.getProducingAgency()));
        }
        violations.addAll(validate(event));
        return violations;
    }

    /** Validates an event's producer id and every identifier it carries. */
    public static List<Violation> validate(SpecificRecord event) {
        List<Violation> violations = new ArrayList<>();
        if (event.get(0) instanceof HandoverMetadata metadata) {
            violations.addAll(validateProducer(metadata));
        } else {
            violations.add(new Violation("metadata", "must be the first field of every handover event"));
        }
        walk(event, "", violations);
        return violations;
    }

    private static List<Violation> validateProducer(HandoverMetadata metadata) {
        String field = "metadata.producerId";
        return switch (metadata.getProducingAgency()) {
            case POLICE -> ForceCode.validate(field, metadata.getProducerId());
            case CPS -> CpsArea.validate(field, metadata.getProducerId());
            case ISVA_SERVICE, PLATFORM -> metadata.getProducerId() == null || metadata.getProducerId().isBlank()
                    ? List.of(new Violation(field, "is required"))
                    : List.of();
        };
    }

    private static void walk(IndexedRecord record, String prefix, List<Violation> violations) {
        for (Schema.Field field : record.getSchema().getFields()) {
            visit(field.name(), record.get(field.pos()), prefix + field.name(), violations);
        }
    }

    private static void visit(String name, Object value, String path, List<Violation> violations) {
        if (value instanceof IndexedRecord nested) {
            walk(nested, path + ".", violations);
        } else if (value instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                visit(name, items.get(i), path + "[" + i + "]", violations);
            }
        } else if (value instanceof CharSequence text && IDENTIFIER_FIELDS.containsKey(name)) {
            violations.addAll(IDENTIFIER_FIELDS.get(name).apply(path, text.toString()));
        }
    }

    private static List<Violation> validateSha256(String field, String value) {
        return value != null && value.matches("[0-9a-f]{64}")
                ? List.of()
                : List.of(new Violation(field, "must be a SHA-256 hash, 64 lower-case hexadecimal characters"));
    }
}
