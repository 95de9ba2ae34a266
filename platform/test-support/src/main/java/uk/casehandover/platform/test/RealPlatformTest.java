package uk.casehandover.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs against the real platform: a Kafka broker, PostgreSQL and the schema registry,
 * started once per test JVM. Declare a {@link RealPlatform} parameter on the constructor, a lifecycle method or a
 * test method to receive it.
 *
 * <p>With a Spring Boot test, create what the class needs in {@code @BeforeAll} and hand it over lazily: the
 * suppliers run when the context starts, after {@code @BeforeAll}, and may run more than once:
 * <pre>{@code
 * @RealPlatformTest
 * @SpringBootTest
 * class CaseFileHandoverIT {
 *     static RealPlatform platform;
 *     static String database;
 *
 *     @BeforeAll
 *     static void platform(RealPlatform started) {
 *         platform = started;
 *         database = started.newDatabase("police_service");
 *     }
 *
 *     @DynamicPropertySource
 *     static void platformProperties(DynamicPropertyRegistry properties) {
 *         properties.add("spring.kafka.bootstrap-servers", () -> platform.bootstrapServers());
 *         // the service authenticates as the principal its yml names, with its password from this directory
 *         properties.add("casehandover.kafka.credentials-directory", () -> platform.kafkaCredentialsDirectory().toString());
 *         properties.add("spring.datasource.url", () -> database);
 *         properties.add("spring.datasource.username", () -> platform.jdbcUsername());
 *         properties.add("spring.datasource.password", () -> platform.jdbcPassword());
 *     }
 * }
 * }</pre>
 * Kafka's broker loggers are set to WARN by the platform; a Spring Boot context started later resets logging, so
 * add {@code logging.level.kafka=WARN} and {@code logging.level.org.apache.kafka=WARN} to its test properties.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(RealPlatformExtension.class)
public @interface RealPlatformTest {
}
