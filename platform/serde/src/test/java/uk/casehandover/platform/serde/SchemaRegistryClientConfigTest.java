package uk.casehandover.platform.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SchemaRegistryClientConfigTest {

    @Test
    void splitsCommaSeparatedUrlsAndDropsTrailingSlashes() {
        SchemaRegistryClientConfig config = SchemaRegistryClientConfig.of("http://reg-a:8081/, http://reg-b:8081");

        assertThat(config.urls()).containsExactly(URI.create("http://reg-a:8081"), URI.create("http://reg-b:8081"));
    }

    @Test
    void takesCredentialsFromTheUrlByDefaultAndKeepsThemOutOfTheUrlAndToString() {
        SchemaRegistryClientConfig config = SchemaRegistryClientConfig.of("http://isva-reader:not-a-real-secret@reg-a:8081");

        assertThat(config.userInfo()).isEqualTo("isva-reader:not-a-real-secret");
        assertThat(config.urls()).containsExactly(URI.create("http://reg-a:8081"));
        assertThat(config.toString()).doesNotContain("not-a-real-secret");
    }

    @Test
    void readsTimeoutsAndCacheSize() {
        SchemaRegistryClientConfig config = SchemaRegistryClientConfig.fromConfigs(Map.of(
                "schema.registry.url", "http://reg-a:8081",
                "http.connect.timeout.ms", "1500",
                "http.read.timeout.ms", 2500,
                "max.schemas.per.subject", "10"));

        assertThat(config.connectTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(config.cacheCapacity()).isEqualTo(10);
    }

    @Test
    void requiresAUrl() {
        assertThatThrownBy(() -> SchemaRegistryClientConfig.fromConfigs(Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url")
                .hasMessageContaining("is required");
    }

    @Test
    void rejectsANonHttpUrl() {
        assertThatThrownBy(() -> SchemaRegistryClientConfig.of("mock://scope"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url")
                .hasMessageContaining("must be an http or https URL");
    }

    @Test
    void requiresUserInfoWhenTheSourceIsUserInfoWithoutEchoingIt() {
        assertThatThrownBy(() -> SchemaRegistryClientConfig.fromConfigs(Map.of(
                "schema.registry.url", "http://reg-a:8081",
                "basic.auth.credentials.source", "USER_INFO",
                "basic.auth.user.info", "no-colon-secret")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("basic.auth.user.info")
                .hasMessageContaining("must be user:password")
                .hasMessageNotContaining("no-colon-secret");
    }

    @Test
    void rejectsATimeoutThatIsNotAPositiveNumber() {
        assertThatThrownBy(() -> SchemaRegistryClientConfig.fromConfigs(Map.of(
                "schema.registry.url", "http://reg-a:8081", "http.read.timeout.ms", "soon")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("http.read.timeout.ms")
                .hasMessageContaining("must be a whole number");
    }
}
