package uk.casehandover.platform.local;

import java.util.ArrayList;
import java.util.List;
import uk.casehandover.audit.AuditServiceApplication;
import uk.casehandover.cps.CpsServiceApplication;
import uk.casehandover.identity.IdentityProviderApplication;
import uk.casehandover.isva.IsvaServiceApplication;
import uk.casehandover.police.PoliceServiceApplication;
import uk.casehandover.registry.SchemaRegistryApplication;
import uk.casehandover.timeliness.TimelinessServiceApplication;

/**
 * The Spring Boot services the local platform runs. The registry needs only PostgreSQL and the identity provider
 * nothing, so they start while Kafka does; the agency services start after them, trusting the provider's tokens, in list order, once Kafka is up and the handover topics exist.
 * Adding an agency service is one line in {@link #AGENCY_SERVICES}. Each service receives {@code server.port},
 * {@code spring.datasource.*}, {@code spring.kafka.bootstrap-servers}, the Kafka credentials directory as
 * {@code casehandover.kafka.credentials-directory} (its principal is in its own yml), and the registry URL both as the serde's
 * {@code spring.kafka.properties.schema.registry.url} and as {@code casehandover.schema-registry.url}, as
 * command-line arguments.
 */
final class LocalServices {

    static final LocalService REGISTRY =
            new LocalService("registry", "Schema registry", SchemaRegistryApplication.class, "schema_registry", 8081,
                    // the handover contract evolves FULL_TRANSITIVE (schemas/README.md), as in docker-compose.yml;
                    // it serves no case data, and shares the services' classpath: no agency security here
                    List.of("schema.compatibility.level=FULL_TRANSITIVE", "casehandover.security.enabled=false"));

    /** The OIDC provider with the synthetic demo users (docs/authentication.md); the services trust it as issuer. */
    static final LocalService IDENTITY_PROVIDER =
            new LocalService("identity-provider", "Identity provider", IdentityProviderApplication.class, null, 8090);

    static final String AUDIT_SERVICE = "audit-service";

    static final List<LocalService> AGENCY_SERVICES = List.of(
            new LocalService("cps-service", "CPS service", CpsServiceApplication.class, "cps_service", 8083),
            new LocalService("isva-service", "ISVA service", IsvaServiceApplication.class, "isva_service", 8084),
            new LocalService("police-service", "Police service", PoliceServiceApplication.class, "police_service", 8082),
            // the platform's own services read every handover topic, so they start once the agency services are up
            new LocalService(AUDIT_SERVICE, "Audit service", AuditServiceApplication.class, "audit_service", 8085),
            new LocalService("timeliness-service", "Timeliness service", TimelinessServiceApplication.class,
                    "timeliness_service", 8086));

    static final List<LocalService> ALL = all();

    private LocalServices() {
    }

    private static List<LocalService> all() {
        List<LocalService> all = new ArrayList<>();
        all.add(REGISTRY);
        all.add(IDENTITY_PROVIDER);
        all.addAll(AGENCY_SERVICES);
        return List.copyOf(all);
    }
}
