package uk.casehandover.platform.local;

import java.util.List;
import uk.casehandover.registry.SchemaRegistryApplication;

/**
 * The Spring Boot services the local platform starts, in this order, once PostgreSQL and Kafka are up and the
 * handover topics exist. Adding an agency service is one line here. Each receives {@code server.port},
 * {@code spring.datasource.*}, {@code spring.kafka.bootstrap-servers} and {@code casehandover.schema-registry.url}
 * as command-line arguments.
 */
final class LocalServices {

    static final LocalService REGISTRY =
            new LocalService("registry", "Schema registry", SchemaRegistryApplication.class, "schema_registry", 8081);

    static final List<LocalService> ALL = List.of(
            REGISTRY
            // new LocalService("police-service", "Police service", PoliceServiceApplication.class, "police_service", 8082),
    );

    private LocalServices() {
    }
}
