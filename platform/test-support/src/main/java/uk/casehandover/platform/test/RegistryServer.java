package uk.casehandover.platform.test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.casehandover.platform.embedded.EmbeddedPostgres;
import uk.casehandover.registry.SchemaRegistryApplication;

/**
 * The real schema registry service, run in this JVM on a free port against its own database. Settings are passed as
 * command-line arguments so that an {@code application.yml} of the module under test cannot redirect it.
 */
final class RegistryServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final int port;

    private RegistryServer(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    static RegistryServer start(EmbeddedPostgres postgres, String database) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SchemaRegistryApplication.class)
                .properties("spring.main.banner-mode=off", "spring.main.log-startup-info=false", "logging.level.kafka=WARN", "logging.level.org.apache.kafka=WARN")
                .run("--server.port=0",
                        "--spring.datasource.url=" + postgres.jdbcUrl(database),
                        "--spring.datasource.username=" + postgres.username(),
                        "--spring.datasource.password=" + postgres.password(),
                        "--spring.jmx.enabled=false",
                        // the registry serves no case data; on a classpath with agency-security it stays open
                        "--casehandover.security.enabled=false");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new RegistryServer(context, port);
    }

    String url() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        context.close();
    }
}
