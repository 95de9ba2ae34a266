package uk.casehandover.registry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.casehandover.registry.fixtures.Schemas.aRecord;
import static uk.casehandover.registry.it.RunningRegistry.body;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.casehandover.platform.embedded.EmbeddedPostgres;

/**
 * Registrations racing each other, from many threads through two registry instances sharing one database: the same
 * schema gets one id and one version, different schemas get different ids and consecutive versions.
 */
class ConcurrentRegistrationIT {

    private static final int RACERS = 16;

    @TempDir
    static Path dataDirectory;
    static EmbeddedPostgres postgres;
    static RunningRegistry first;
    static RunningRegistry second;

    private final ExecutorService threads = Executors.newFixedThreadPool(RACERS);

    @BeforeAll
    static void startTwoRegistries() {
        postgres = EmbeddedPostgres.start(dataDirectory.resolve("pg"), 0);
        first = RunningRegistry.start(postgres, "registry_race");
        second = RunningRegistry.start(postgres, "registry_race");
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
        postgres.close();
    }

    @Test
    void theSameSchemaRacingIntoManySubjectsGetsOneId() throws Exception {
        String schema = aRecord("ChargingDecisionMade").withString("urn").json();

        List<Integer> ids = race(i -> () -> registryFor(i).register("decisions-" + i + "-value", schema));

        assertThat(new HashSet<>(ids)).hasSize(1);
        assertThat(first.get("/schemas/ids/" + ids.get(0) + "/subjects").json()).hasSize(RACERS);
    }

    @Test
    void theSameSchemaRacingIntoOneSubjectMakesOneVersion() throws Exception {
        String schema = aRecord("ActionPlanIssued").withString("urn").json();

        List<Integer> ids = race(i -> () -> registryFor(i).register("action-plans-value", schema));

        assertThat(new HashSet<>(ids)).hasSize(1);
        assertThat(second.get("/subjects/action-plans-value/versions").body()).isEqualTo("[1]");
    }

    @Test
    void differentSchemasRacingIntoOneSubjectGetDistinctIdsAndConsecutiveVersions() throws Exception {
        first.put("/config/victim-updates-value", body(Map.of("compatibility", "NONE")));

        List<Integer> ids = race(i -> () -> registryFor(i).register("victim-updates-value",
                aRecord("VictimUpdateIssued" + i).withString("urn").json()));

        assertThat(new HashSet<>(ids)).hasSize(RACERS);
        assertThat(first.get("/subjects/victim-updates-value/versions").json().toString())
                .isEqualTo(IntStream.rangeClosed(1, RACERS).boxed().toList().toString().replace(" ", ""));
    }

    private static RunningRegistry registryFor(int racer) {
        return racer % 2 == 0 ? first : second;
    }

    private List<Integer> race(IntFunction<Callable<Integer>> racer) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            Callable<Integer> work = racer.apply(i);
            futures.add(threads.submit(() -> {
                start.await();
                return work.call();
            }));
        }
        start.countDown();
        List<Integer> ids = new ArrayList<>();
        for (Future<Integer> future : futures) {
            ids.add(future.get(60, TimeUnit.SECONDS));
        }
        threads.shutdown();
        return ids;
    }
}
