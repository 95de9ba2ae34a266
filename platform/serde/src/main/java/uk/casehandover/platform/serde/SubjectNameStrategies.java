package uk.casehandover.platform.serde;

import java.util.Map;
import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Resolves {@code value.subject.name.strategy} / {@code key.subject.name.strategy}: a short name
 * ({@code TopicRecordNameStrategy}), one of our class names, Confluent's class name of the same strategy
 * (so Confluent-style configuration carries over), a {@link Class}, or an instance.
 */
public final class SubjectNameStrategies {

    public static final String VALUE_STRATEGY = "value.subject.name.strategy";
    public static final String KEY_STRATEGY = "key.subject.name.strategy";

    private static final String CONFLUENT_PACKAGE = "io.confluent.kafka.serializers.subject.";
    private static final Map<String, SubjectNameStrategy> BY_SHORT_NAME = Map.of(
            "TopicNameStrategy", new TopicNameStrategy(),
            "RecordNameStrategy", new RecordNameStrategy(),
            "TopicRecordNameStrategy", new TopicRecordNameStrategy());

    private SubjectNameStrategies() {
    }

    public static SubjectNameStrategy fromConfig(Map<String, ?> configs, boolean isKey) {
        String key = isKey ? KEY_STRATEGY : VALUE_STRATEGY;
        return resolve(key, configs.get(key));
    }

    static SubjectNameStrategy resolve(String key, Object value) {
        if (value == null) {
            return new TopicRecordNameStrategy();
        }
        if (value instanceof SubjectNameStrategy strategy) {
            return strategy;
        }
        String name = value instanceof Class<?> type ? type.getName() : String.valueOf(value).trim();
        String shortName = name;
        if (name.startsWith(SubjectNameStrategies.class.getPackageName() + ".")) {
            shortName = name.substring(SubjectNameStrategies.class.getPackageName().length() + 1);
        } else if (name.startsWith(CONFLUENT_PACKAGE)) {
            shortName = name.substring(CONFLUENT_PACKAGE.length());
        }
        SubjectNameStrategy known = BY_SHORT_NAME.get(shortName);
        if (known != null) {
            return known;
        }
        return instantiate(key, name);
    }

    private static SubjectNameStrategy instantiate(String key, String className) {
        try {
            Class<?> type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
            if (!SubjectNameStrategy.class.isAssignableFrom(type)) {
                throw new ConfigException(key, className, "must implement " + SubjectNameStrategy.class.getName());
            }
            return (SubjectNameStrategy) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (e instanceof ConfigException config) {
                throw config;
            }
            throw new ConfigException(key, className, "must be one of " + BY_SHORT_NAME.keySet()
                    + " or the class name of a " + SubjectNameStrategy.class.getSimpleName()
                    + " with a public no-argument constructor");
        }
    }

    static String recordName(Schema schema) {
        if (schema.getType() != Schema.Type.RECORD) {
            throw new SerializationException("A record-name subject strategy needs an Avro record; got a "
                    + schema.getType() + " schema");
        }
        return schema.getFullName();
    }
}
