package uk.casehandover.registry.config;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import uk.casehandover.registry.compatibility.CompatibilityLevel;

/** A {@link ConfigStore} in memory, for unit tests. */
public final class InMemoryConfigStore implements ConfigStore {

    private final Map<String, CompatibilityLevel> levels = new ConcurrentHashMap<>();

    @Override
    public Optional<CompatibilityLevel> level(String scope) {
        return Optional.ofNullable(levels.get(scope));
    }

    @Override
    public void put(String scope, CompatibilityLevel level) {
        levels.put(scope, level);
    }

    @Override
    public void remove(String scope) {
        levels.remove(scope);
    }
}
