package uk.casehandover.platform.local;

import java.util.ArrayList;
import java.util.List;
import uk.casehandover.cps.CpsServiceApplication;
import uk.casehandover.isva.IsvaServiceApplication;
import uk.casehandover.police.PoliceServiceApplication;
import uk.casehandover.registry.SchemaRegistryApplication;

/**
 * The Spring Boot services the local platform runs. The registry needs only PostgreSQL, so it starts while Kafka
 * does; the agency services start after it, in list order, once Kafka is up and the handover topics exist.
 * Adding an agency service is one line in {@link #AGENCY_SERVICES}. Each service receives {@code server.port},
 * {@code spring.datasource.*}, {@code spring.kafka.bootstrap-servers}, and the registry URL both as the serde's
 * {@code spring.kafka.properties.schema.registry.url} and as {@code casehandover.schema-registry.url}, as
 * command-line arguments.
 */
final class LocalServices {

    static final LocalService REGISTRY =
            new LocalService("registry", "Schema registry", SchemaRegistryApplication.class, "schema_registry", 8081,
                    // the handover contract evolves FULL_TRANSITIVE (schemas/README.md), as in docker-compose.yml
                    List.of("schema.compatibility.level=FULL_TRANSITIVE"));

    static final List<LocalService> AGENCY_SERVICES = List.of(
            new LocalService("cps-service", "CPS service", CpsServiceApplication.class, "cps_service", 8083),
            new LocalService("isva-service", "ISVA service", IsvaServiceApplication.class, "isva_service", 8084),
            new LocalService("police-service", "Police service", PoliceServiceApplication.class, "police_service", 8082));

    static final List<LocalService> ALL = all();

    private LocalServices() {
    }

    private static List<LocalService> all() {
        List<LocalService> all = new ArrayList<>();
        all.add(REGISTRY);
        all.addAll(AGENCY_SERVICES);
        return List.copyOf(all);
    }
}
