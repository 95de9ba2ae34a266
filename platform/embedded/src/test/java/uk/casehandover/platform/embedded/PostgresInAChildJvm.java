package uk.casehandover.platform.embedded;

import java.nio.file.Path;

/** Started as a separate JVM by a test, then killed outright, to leave an orphaned PostgreSQL server behind. */
public final class PostgresInAChildJvm {

    private PostgresInAChildJvm() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.start(Path.of(args[0]), 0);
        postgres.createDatabaseIfMissing("left_behind");
        System.out.println("ready on " + postgres.port());
        System.out.flush();
        new java.util.concurrent.CountDownLatch(1).await();
    }
}
