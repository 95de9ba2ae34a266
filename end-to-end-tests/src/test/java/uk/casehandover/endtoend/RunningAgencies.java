package uk.casehandover.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.casehandover.audit.AuditServiceApplication;
import uk.casehandover.cps.CpsServiceApplication;
import uk.casehandover.isva.IsvaServiceApplication;
import uk.casehandover.platform.test.RealPlatform;
import uk.casehandover.police.PoliceServiceApplication;
import uk.casehandover.victimdata.KeyEncryptionKey;

/**
 * The three agency services (and, when asked, the audit service), each its own Spring application with its own
 * database, running in this JVM against the shared real platform - as the local platform runs them, the police and
 * CPS with a shared victim key store. Started once, in the order a case needs them.
 */
final class RunningAgencies implements AutoCloseable {

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    final String police;
    final String cps;
    final String isva;
    /** The audit service's URL, or null when not asked for. */
    final String audit;

    private RunningAgencies(RealPlatform platform, boolean withAudit) {
        String[] victimKeys = victimKeyStore(platform);
        audit = withAudit ? start(platform, AuditServiceApplication.class, "audit-service",
                "--casehandover.audit.tree-heads.publish-interval=500ms") : null;
        cps = start(platform, CpsServiceApplication.class, "cps-service", victimKeys);
        isva = start(platform, IsvaServiceApplication.class, "isva-service");
        police = start(platform, PoliceServiceApplication.class, "police-service", victimKeys);
    }

    static RunningAgencies start(RealPlatform platform) {
        return new RunningAgencies(platform, false);
    }

    /** The three agencies and the audit service (its log signed with a key made at its start). */
    static RunningAgencies withAudit(RealPlatform platform) {
        return new RunningAgencies(platform, true);
    }

    /**
     * The victim key store the police and CPS share, as on the local platform: its own database and a KEK keyset
     * file made for this run (the ISVA service gets neither: it receives no personal data).
     */
    private static String[] victimKeyStore(RealPlatform platform) {
        try {
            Path kek = Files.createTempDirectory("victim-keys").resolve("kek.json");
            KeyEncryptionKey.generateKeysetFile(kek);
            return new String[] {
                    "--casehandover.victim-keys.datasource.url=" + platform.newDatabase("victim_keys_e2e"),
                    "--casehandover.victim-keys.datasource.username=" + platform.jdbcUsername(),
                    "--casehandover.victim-keys.datasource.password=" + platform.jdbcPassword(),
                    "--casehandover.victim-keys.kek-file=" + kek};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String start(RealPlatform platform, Class<?> application, String name, String... more) {
        String database = platform.newDatabase(name.replace('-', '_') + "_e2e");
        List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
        arguments.addAll(List.of(more));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .properties("spring.main.banner-mode=off", "spring.jmx.enabled=false")
                .run(platform.serviceArguments(database, arguments.toArray(String[]::new)));
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
