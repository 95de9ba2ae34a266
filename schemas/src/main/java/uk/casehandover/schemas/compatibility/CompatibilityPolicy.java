package uk.casehandover.schemas.compatibility;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Which compatibility level each record must keep: FULL_TRANSITIVE unless an override is written down with a
 * reason. Overrides are properties {@code record.<full name>=LEVEL} or {@code topic.<topic>=LEVEL}, each with a
 * {@code <same key>.reason=...}; an override without a reason is refused. A record override wins over topic
 * overrides; a record on several overridden topics keeps every direction and the transitivity any of them asks for.
 */
public final class CompatibilityPolicy {

    public static final CompatibilityLevel DEFAULT = CompatibilityLevel.FULL_TRANSITIVE;

    private final Map<String, CompatibilityLevel> recordLevels;
    private final Map<String, CompatibilityLevel> topicLevels;

    private CompatibilityPolicy(Map<String, CompatibilityLevel> recordLevels, Map<String, CompatibilityLevel> topicLevels) {
        this.recordLevels = recordLevels;
        this.topicLevels = topicLevels;
    }

    public static CompatibilityPolicy defaults() {
        return new CompatibilityPolicy(Map.of(), Map.of());
    }

    public static CompatibilityPolicy load(Path file) {
        if (!Files.exists(file)) {
            return defaults();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return from(properties);
    }

    public static CompatibilityPolicy from(Properties properties) {
        Map<String, CompatibilityLevel> records = new TreeMap<>();
        Map<String, CompatibilityLevel> topics = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.endsWith(".reason")) {
                continue;
            }
            String reason = properties.getProperty(key + ".reason", "");
            if (reason.isBlank()) {
                throw new IllegalStateException("compatibility override '" + key + "' must give its reason in '"
                        + key + ".reason'");
            }
            CompatibilityLevel level = level(key, properties.getProperty(key));
            if (key.startsWith("record.")) {
                records.put(key.substring("record.".length()), level);
            } else if (key.startsWith("topic.")) {
                topics.put(key.substring("topic.".length()), level);
            } else {
                throw new IllegalStateException("compatibility override '" + key
                        + "' must start with 'record.' or 'topic.'");
            }
        }
        return new CompatibilityPolicy(Map.copyOf(records), Map.copyOf(topics));
    }

    /** The level a record must keep, given the topics it travels on. */
    public CompatibilityLevel levelFor(String recordFullName, Collection<String> topics) {
        CompatibilityLevel recordLevel = recordLevels.get(recordFullName);
        if (recordLevel != null) {
            return recordLevel;
        }
        boolean anyOverride = false;
        boolean backward = false;
        boolean forward = false;
        boolean transitive = false;
        for (String topic : topics) {
            CompatibilityLevel level = topicLevels.getOrDefault(topic, DEFAULT);
            anyOverride |= topicLevels.containsKey(topic);
            backward |= level.backward();
            forward |= level.forward();
            transitive |= level.transitive();
        }
        if (!anyOverride) {
            return DEFAULT;
        }
        return combine(backward, forward, transitive);
    }

    private static CompatibilityLevel combine(boolean backward, boolean forward, boolean transitive) {
        for (CompatibilityLevel level : CompatibilityLevel.values()) {
            if (level.backward() == backward && level.forward() == forward
                    && (level.transitive() == transitive || level == CompatibilityLevel.NONE)) {
                return level;
            }
        }
        throw new IllegalStateException("no compatibility level combines those directions");
    }

    private static CompatibilityLevel level(String key, String value) {
        try {
            return CompatibilityLevel.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("compatibility override '" + key + "' must be one of "
                    + Arrays.toString(CompatibilityLevel.values()) + ", got '" + value + "'", e);
        }
    }
}
