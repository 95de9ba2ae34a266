package uk.casehandover.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL runs as a child process, so a JVM killed outright (kill -9, a crash) leaves it running, holding the port
 * and the data directory.
 *
 * <p>Rule: such a server is stopped before a new one starts on the same data directory, but only when no live
 * process holds the directory's lock (the one the embedded server takes while it owns the directory), so a server
 * another running JVM owns is never touched.
 */
final class OrphanedPostgres {

    private static final String OWNER_LOCK = "epg-lock";
    private static final Duration STOP_WITHIN = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(OrphanedPostgres.class);

    private OrphanedPostgres() {
    }

    /** Stops the server left running on {@code dataDirectory}, if any; returns whether there was one. */
    static boolean stop(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Path ownerLock = dataDirectory.resolve(OWNER_LOCK);
        if (!Files.exists(pidFile) || !Files.exists(ownerLock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(ownerLock, StandardOpenOption.WRITE);
             FileLock lock = tryLock(channel)) {
            if (lock == null) {
                return false;
            }
            Optional<ProcessHandle> server = postmaster(pidFile);
            if (server.isEmpty()) {
                return false;
            }
            LOG.warn("Stopping a PostgreSQL server (pid {}) left running on {} by a process that ended without stopping it",
                    server.get().pid(), dataDirectory);
            server.get().destroy();
            server.get().onExit().get(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("could not check " + dataDirectory + " for a PostgreSQL server left running", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the PostgreSQL server left running on " + dataDirectory
                    + " did not stop within " + STOP_WITHIN.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the PostgreSQL server left on " + dataDirectory, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not stop the PostgreSQL server left on " + dataDirectory, e.getCause());
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
    }
}
