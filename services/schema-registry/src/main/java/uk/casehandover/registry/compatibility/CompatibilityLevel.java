package uk.casehandover.registry.compatibility;

import java.util.Locale;
import uk.casehandover.registry.errors.RegistryException;

/**
 * Confluent's compatibility levels. BACKWARD: the new schema reads data written with the earlier one. FORWARD: the
 * earlier schema reads data written with the new one. FULL: both. Transitive levels check every live version,
 * the others only the latest.
 */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    public static final CompatibilityLevel DEFAULT = BACKWARD;

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    public boolean backward() {
        return backward;
    }

    public boolean forward() {
        return forward;
    }

    public boolean transitive() {
        return transitive;
    }

    /** Reads a level case-insensitively, refusing anything else with error 42203. */
    public static CompatibilityLevel parse(String name) {
        if (name != null) {
            for (CompatibilityLevel level : values()) {
                if (level.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                    return level;
                }
            }
        }
        throw RegistryException.invalidCompatibilityLevel(name);
    }
}
