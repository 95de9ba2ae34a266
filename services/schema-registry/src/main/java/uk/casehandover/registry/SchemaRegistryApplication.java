package uk.casehandover.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/**
 * A Confluent-compatible Schema Registry for Avro, its state in PostgreSQL. Configured only by {@code server.port}
 * and {@code spring.datasource.*}; creates its tables at start-up.
 */
@SpringBootApplication
@PropertySource("classpath:uk/casehandover/registry/registry-defaults.properties")
public class SchemaRegistryApplication {

    public static void main(String[] args) {
        SpringApplication.run(SchemaRegistryApplication.class, args);
    }
}
