package uk.casehandover.schemas.compatibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.casehandover.schemas.EventCatalogue;
import uk.casehandover.schemas.EventType;

/**
 * Applies the compatibility gate to every event type of the catalogue, each at the level its policy gives it, and
 * refuses a released record that has left the catalogue (consumers may still receive it).
 */
public final class CatalogueCompatibility {

    private final ReleasedSchemas released;
    private final CompatibilityPolicy policy;
    private final SchemaCompatibilityGate gate = new SchemaCompatibilityGate();

    public CatalogueCompatibility(ReleasedSchemas released, CompatibilityPolicy policy) {
        this.released = released;
        this.policy = policy;
    }

    public List<CompatibilityViolation> violations(EventType type) {
        return gate.check(type.schema(), released.versions(type.fullName()), levelFor(type));
    }

    public CompatibilityLevel levelFor(EventType type) {
        return policy.levelFor(type.fullName(), EventCatalogue.topicNamesCarrying(type.fullName()));
    }

    /** Every problem in one list, as messages: incompatible changes and records released but no longer published. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (EventType type : EventCatalogue.everyPublished()) {
            violations(type).forEach(violation -> problems.add(violation.message()));
        }
        Set<String> current = EventCatalogue.everyPublished().stream().map(EventType::fullName).collect(Collectors.toSet());
        for (String releasedRecord : released.recordNames()) {
            if (!current.contains(releasedRecord)) {
                problems.add(releasedRecord + " was released but is no longer in the topic catalogue; rule: a released"
                        + " event type is never removed, publish a new major version beside it instead");
            }
        }
        return problems;
    }

    /** The event types whose current schema differs from their latest released version (or was never released). */
    public List<EventType> unreleased() {
        return EventCatalogue.everyPublished().stream()
                .filter(type -> released.latest(type.fullName())
                        .map(latest -> !latest.schema().toString().equals(type.schema().toString()))
                        .orElse(true))
                .toList();
    }
}
