package uk.casehandover.registry.config;

import java.util.Optional;
import uk.casehandover.registry.compatibility.CompatibilityLevel;

/** Where compatibility settings are kept. The scope is a subject name, or {@link CompatibilityConfig#GLOBAL}. */
public interface ConfigStore {

    Optional<CompatibilityLevel> level(String scope);

    void put(String scope, CompatibilityLevel level);

    void remove(String scope);
}
