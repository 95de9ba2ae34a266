package uk.casehandover.platform.serde;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/**
 * How to reach the registry, read from Confluent-named settings: {@code schema.registry.url} (comma separated, tried
 * in turn), {@code basic.auth.credentials.source} ({@code URL} or {@code USER_INFO}), {@code basic.auth.user.info}
 * ({@code user:password}), {@code http.connect.timeout.ms}, {@code http.read.timeout.ms} and
 * {@code max.schemas.per.subject} (cache size).
 */
public record SchemaRegistryClientConfig(List<URI> urls, String userInfo, Duration connectTimeout,
                                         Duration readTimeout, int cacheCapacity) {

    public static final String URL = "schema.registry.url";
    public static final String CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String USER_INFO = "basic.auth.user.info";
    public static final String CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    public static final String READ_TIMEOUT_MS = "http.read.timeout.ms";
    public static final String CACHE_CAPACITY = "max.schemas.per.subject";

    public SchemaRegistryClientConfig {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new ConfigException(URL, "", "must name at least one schema registry URL");
        }
    }

    public static SchemaRegistryClientConfig of(String urls) {
        return fromConfigs(Map.of(URL, urls));
    }

    public static SchemaRegistryClientConfig fromConfigs(Map<String, ?> configs) {
        List<URI> urls = parseUrls(configs.get(URL));
        String source = ConfigValues.string(configs, CREDENTIALS_SOURCE, "URL").trim().toUpperCase();
        String userInfo = switch (source) {
            case "USER_INFO" -> {
                String value = ConfigValues.string(configs, USER_INFO, null);
                if (value == null) {
                    value = ConfigValues.string(configs, "schema.registry." + USER_INFO, null);
                }
                if (value == null || !value.contains(":")) {
                    throw new ConfigException(USER_INFO, "(hidden)",
                            "must be user:password when " + CREDENTIALS_SOURCE + " is USER_INFO");
                }
                yield value;
            }
            case "URL" -> urls.get(0).getRawUserInfo();
            default -> throw new ConfigException(CREDENTIALS_SOURCE, source, "must be URL or USER_INFO");
        };
        return new SchemaRegistryClientConfig(
                urls.stream().map(SchemaRegistryClientConfig::withoutUserInfo).toList(),
                userInfo,
                Duration.ofMillis(ConfigValues.positiveLong(configs, CONNECT_TIMEOUT_MS, 10_000)),
                Duration.ofMillis(ConfigValues.positiveLong(configs, READ_TIMEOUT_MS, 30_000)),
                (int) ConfigValues.positiveLong(configs, CACHE_CAPACITY, 1000));
    }

    private static List<URI> parseUrls(Object value) {
        if (value == null) {
            throw new ConfigException(URL, null, "is required: the schema registry's base URL(s), comma separated");
        }
        List<String> parts = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> parts.add(String.valueOf(item)));
        } else {
            parts.addAll(List.of(String.valueOf(value).split(",")));
        }
        List<URI> urls = new ArrayList<>();
        for (String part : parts) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            URI uri;
            try {
                uri = URI.create(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(URL, trimmed, "is not a valid URL");
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new ConfigException(URL, withoutUserInfo(uri).toString(), "must be an http or https URL");
            }
            urls.add(uri);
        }
        if (urls.isEmpty()) {
            throw new ConfigException(URL, String.valueOf(value), "must name at least one schema registry URL");
        }
        return urls;
    }

    private static URI withoutUserInfo(URI uri) {
        if (uri.getRawUserInfo() == null) {
            return uri;
        }
        return URI.create(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath()));
    }

    @Override
    public String toString() {
        return "SchemaRegistryClientConfig[urls=" + urls + ", userInfo=" + (userInfo == null ? "none" : "(hidden)")
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", cacheCapacity=" + cacheCapacity + "]";
    }
}
