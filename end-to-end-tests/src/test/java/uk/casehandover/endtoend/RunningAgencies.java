package uk.casehandover.endtoend;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.casehandover.cps.CpsServiceApplication;
import uk.casehandover.isva.IsvaServiceApplication;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.police.PoliceServiceApplication;

/**
 * The three agency services, each its own Spring application with its own database, running in this JVM against
 * the shared real platform - as the local platform runs them. Started once, in the order a case needs them.
 */
final class RunningAgencies implements AutoCloseable {

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    final String police;
    final String cps;
    final String isva;

    private RunningAgencies(RealPlatform platform) {
        cps = start(platform, CpsServiceApplication.class, "cps-service");
        isva = start(platform, IsvaServiceApplication.class, "isva-service");
        police = start(platform, PoliceServiceApplication.class, "police-service");
    }

    static RunningAgencies start(RealPlatform platform) {
        return new RunningAgencies(platform);
    }

    private String start(RealPlatform platform, Class<?> application, String name) {
        String database = platform.newDatabase(name.replace('-', '_') + "_e2e");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .properties("spring.main.banner-mode=off", "spring.jmx.enabled=false")
                .run(platform.serviceArguments(database, "--server.port=0"));
        contexts.add(context);
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        for (int i = contexts.size() - 1; i >= 0; i--) {
            contexts.get(i).close();
        }
    }
}
