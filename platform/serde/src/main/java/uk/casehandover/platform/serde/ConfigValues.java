package uk.casehandover.platform.serde;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/** Reads Kafka-style config values, which may arrive as strings or as typed objects. */
final class ConfigValues {

    private ConfigValues() {
    }

    static String string(Map<String, ?> configs, String key, String defaultValue) {
        Object value = configs.get(key);
        return value == null ? defaultValue : String.valueOf(value);
    }

    static boolean bool(Map<String, ?> configs, String key, boolean defaultValue) {
        Object value = configs.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = String.valueOf(value).trim();
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new ConfigException(key, value, "must be true or false");
    }

    static long positiveLong(Map<String, ?> configs, String key, long defaultValue) {
        Object value = configs.get(key);
        if (value == null) {
            return defaultValue;
        }
        long parsed;
        try {
            parsed = value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(key, value, "must be a whole number");
        }
        if (parsed <= 0) {
            throw new ConfigException(key, value, "must be greater than zero");
        }
        return parsed;
    }
}
