package uk.casehandover.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The pattern documented on {@link RealPlatformTest}: a Spring Boot test wired to the shared platform. */
@RealPlatformTest
@SpringBootTest(classes = SpringBootTestOnTheRealPlatformIT.Application.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SpringBootTestOnTheRealPlatformIT {

    static RealPlatform platform;
    static String database;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @BeforeAll
    static void platform(RealPlatform started) {
        platform = started;
        database = started.newDatabase("spring_wiring");
    }

    @DynamicPropertySource
    static void platformProperties(DynamicPropertyRegistry properties) {
        properties.add("spring.kafka.bootstrap-servers", () -> platform.bootstrapServers());
        properties.add("spring.datasource.url", () -> database);
        properties.add("spring.datasource.username", () -> platform.jdbcUsername());
        properties.add("spring.datasource.password", () -> platform.jdbcPassword());
    }

    @Test
    void givesTheApplicationItsOwnDatabaseAndTheSharedBroker() {
        String currentDatabase = jdbc.queryForObject("SELECT current_database()", String.class);

        assertThat(database).endsWith("/" + currentDatabase);
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(platform.bootstrapServers());
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
    }
}
