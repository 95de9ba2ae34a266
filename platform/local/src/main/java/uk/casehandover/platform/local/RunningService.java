package uk.casehandover.platform.local;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.casehandover.platform.embedded.EmbeddedPostgres;
import uk.casehandover.platform.embedded.KafkaBroker;

/**
 * A {@link LocalService} started in this JVM with its own database. Settings go in as command-line arguments so they
 * win over the service's packaged defaults; the platform, not the JVM's shutdown hook, decides when it stops.
 */
record RunningService(LocalService service, ConfigurableApplicationContext context, int port) implements AutoCloseable {

    /** Starts {@code service}; {@code kafka} and {@code registryUrl} are null for services that need neither. */
    static RunningService start(LocalService service, int port, EmbeddedPostgres postgres, KafkaBroker kafka, String registryUrl) {
        return start(service, port, postgres, kafka, registryUrl, null);
    }

    /**
     * Starts {@code service}; {@code kafka}, {@code registryUrl} and {@code issuer} (the identity provider whose tokens
     * it trusts) are null for services that need none of them.
     */
    static RunningService start(LocalService service, int port, EmbeddedPostgres postgres, KafkaBroker kafka,
            String registryUrl, String issuer) {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port));
        if (service.database() != null) {
            postgres.createDatabaseIfMissing(service.database());
            args.addAll(List.of(
                    "--spring.datasource.url=" + postgres.jdbcUrl(service.database()),
                    "--spring.datasource.username=" + postgres.username(),
                    "--spring.datasource.password=" + postgres.password()));
        }
        if (kafka != null) {
            args.add("--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers());
            // the service's principal is in its application.yml; its password is the file named after it here
            args.add("--casehandover.kafka.credentials-directory=" + kafka.credentials().directory());
        }
        if (registryUrl != null) {
            args.add("--spring.kafka.properties.schema.registry.url=" + registryUrl);
            args.add("--casehandover.schema-registry.url=" + registryUrl);
        }
        if (issuer != null) {
            args.add("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer);
        }
        service.settings().forEach(setting -> args.add("--" + setting));
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(service.application())
                    .registerShutdownHook(false)
                    .properties("spring.main.banner-mode=off", "spring.main.log-startup-info=false", "spring.jmx.enabled=false")
                    .run(args.toArray(String[]::new));
            int boundPort = ((WebServerApplicationContext) context).getWebServer().getPort();
            return new RunningService(service, context, boundPort);
        } catch (RuntimeException e) {
            throw new PlatformStartException(service.title() + " did not start: " + rootMessage(e), e);
        }
    }

    String url() {
        return "http://localhost:" + port;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    @Override
    public void close() {
        context.close();
    }
}
