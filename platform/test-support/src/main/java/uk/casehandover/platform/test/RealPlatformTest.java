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
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(RealPlatformExtension.class)
public @interface RealPlatformTest {
}
